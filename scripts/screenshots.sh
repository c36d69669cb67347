#!/usr/bin/env bash
# The README's screenshots, from the real packaged window under Xvfb, so they stay true.
#   scripts/screenshots.sh [--image "target/jpackage/image/CBR Sync Desk"] [--out docs/screenshots]
# Builds nothing: run `mvn -Ppackage package` first. Each shot starts the app-image's launcher on the demo, in a
# fresh CBR_SYNC_DESK_HOME whose settings.json fixes the theme and the window's size, waits until the vaults are
# listed (the start-up line in the log), optionally drives it with xdotool, captures the window alone
# (`import -window`), and stores it as an 8-bit palette PNG.
#   en-light.png    LANG=en_US.UTF-8, light theme, a bulk sync of every vault under way (Ctrl+1, Ctrl+A, Ctrl+Enter)
#   en-dark.png     LANG=en_US.UTF-8, dark theme
#   zh-light.png    LANG=zh_CN.UTF-8, light theme
#   zh-dark-200.png LANG=zh_CN.UTF-8, dark theme at 200 % (GDK_SCALE=2 through the launcher, as a HiDPI desktop sets it)
#   en-light-200.png LANG=en_US.UTF-8, light theme at 200 %
# Needs (installed when missing, as root): xvfb, xauth, imagemagick, xdotool, fonts-noto-cjk, locales (zh_CN.UTF-8).
set -euo pipefail
cd "$(dirname "$0")/.."

image="target/jpackage/image/CBR Sync Desk"
out=docs/screenshots
while [ $# -gt 0 ]; do
  case "$1" in
    --image) image=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 [--image DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done
launcher="$image/bin/CBR Sync Desk"
[ -x "$launcher" ] || { echo "no packaged app at $image: run mvn -Ppackage package first" >&2; exit 1; }

need=()
for p in xvfb xauth imagemagick xdotool fonts-noto-cjk locales; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  # The JVM takes its language from the C library's locale: zh_CN.UTF-8 must exist for LANG to mean anything.
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' >> /etc/locale.gen
  grep -q '^en_US.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen
  locale-gen >/dev/null
fi
mkdir -p "$out"

# shot NAME LANG THEME SCALE [xdotool keys...]
shot() {
  local name=$1 lang=$2 theme=$3 scale=$4
  shift 4
  local home width=1280 height=800
  home=$(mktemp -d)
  mkdir -p "$home/config"
  printf '{"version":1,"window":{"x":0,"y":0,"width":%d,"height":%d,"maximized":false},"theme":"%s"}\n' \
    "$width" "$height" "$theme" >"$home/config/settings.json"
  local screen="$((width * scale + 40))x$((height * scale + 40))x24"
  local script
  script=$(mktemp)
  cat >"$script" <<EOS
set -u
"\$LAUNCHER" >"\$HOME_DIR/app.out" 2>&1 &
app=\$!
for i in \$(seq 1 120); do
  grep -qs 'vaults-shown' "\$HOME_DIR"/logs/*.log && break
  sleep 0.5
done
# The catch-up's notice (a transparent popup, black without a compositor) is gone after 8 s.
sleep 11
for k in "\$@"; do xdotool \$k; sleep 1.5; done
win=\$(xdotool search --onlyvisible --name 'CBR Sync Desk' | head -1)
import -window "\$win" "\$HOME_DIR/shot.png"
kill \$app; wait \$app 2>/dev/null || true
EOS
  CBR_SYNC_DESK_HOME=$home HOME_DIR=$home LAUNCHER=$launcher LANG=$lang LC_ALL=$lang GDK_SCALE=$scale \
    xvfb-run -a -s "-screen 0 $screen" bash "$script" "$@"
  rm -f "$script"
  [ -s "$home/shot.png" ] || { echo "no screenshot for $name (app output: $home/app.out)" >&2; exit 1; }
  convert "$home/shot.png" -colors 256 "PNG8:$out/$name.png"
  echo "$out/$name.png: $(identify -format '%wx%h' "$out/$name.png"), $(du -k "$out/$name.png" | cut -f1) KiB"
  rm -rf "$home"
}

shot en-light en_US.UTF-8 LIGHT 1 "key ctrl+1" "key ctrl+a" "key ctrl+Return"
shot en-dark en_US.UTF-8 DARK 1
shot zh-light zh_CN.UTF-8 LIGHT 1
shot zh-dark-200 zh_CN.UTF-8 DARK 2
shot en-light-200 en_US.UTF-8 LIGHT 2
