#!/usr/bin/env bash
# The packaging choices of jlink/README.md, rebuilt side by side and measured: for each variant a jlink runtime, a
# jpackage app-image and .deb from the jars of the last `mvn -Ppackage package`, their sizes, and (unless
# --sizes-only) the start-up of each through scripts/startup-bench.sh. For start-up every app-image is copied to
# a path without spaces and, where the variant has it, gets its class-data sharing archive made exactly as the
# .deb's postinst makes it.
#
#   scripts/package-variants.sh [--runs N] [--sizes-only]
#
# Linux only; about 5 minutes for the sizes and 3 for start-up on 2 cores. Run it alone on the machine (hold
# /tmp/mvn.lock). Needs what `mvn -Ppackage package` needs, and xvfb-run for start-up.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
startup=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --sizes-only) startup=no; shift ;;
    *) echo "usage: $0 [--runs N] [--sizes-only]" >&2; exit 2 ;;
  esac
done
J=target/jpackage
list="$J/image/CBR Sync Desk/lib/app/cbr-sync-desk.classlist"
[ -d "$J/app" ] && [ -d "$J/javafx" ] && [ -f "$list" ] || { echo "run mvn -Ppackage package first" >&2; exit 1; }
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
version=$(sed -n 's/.*app-version=\(.*\)/\1/p' "$J/image/CBR Sync Desk/lib/app/CBR Sync Desk.cfg")

work=$(mktemp -d /tmp/package-variants.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The jars as packaged (stored) and as Maven Central ships them (deflated).
cp -r "$J/app" "$work/jars-stored"
cp -r "$J/app" "$work/jars-deflated"
"$JAVA_HOME/bin/java" jlink/StoreJars.java --deflate "$work/jars-deflated" >/dev/null
# A launcher without the app's archive option, for the variants without one (then the runtime's own archive is used).
grep -v 'SharedArchiveFile' jlink/linux.args >"$work/linux-no-app-archive.args"

mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
rows=()
bench_args=()

# variant KEY LABEL JARS APP-ARCHIVE(yes|no) STARTUP(yes|no) JLINK-OPTIONS...
variant() {
  local key=$1 label=$2 jars=$3 archive=$4 measure=$5; shift 5
  local d="$work/$key" args=jlink/linux.args rt img deb jsa note=""
  [ "$archive" = yes ] || args="$work/linux-no-app-archive.args"
  "$JAVA_HOME/bin/jlink" @jlink/runtime.args "$@" --module-path "$JAVA_HOME/jmods:$J/javafx" --output "$d/runtime" >"$d.jlink.log" 2>&1 \
    || { cat "$d.jlink.log" >&2; exit 1; }
  if [ -n "${STRIP_LIBJVM:-}" ]; then
    chmod u+w "$d/runtime/lib/server/libjvm.so" && strip --strip-unneeded "$d/runtime/lib/server/libjvm.so"
  fi
  "$JAVA_HOME/bin/jpackage" --type app-image @jlink/app-image.args "@$args" --app-version "$version" \
    --runtime-image "$d/runtime" --module-path "$work/$jars" --dest "$d/image"
  [ "$archive" = no ] || cp "$list" "$d/image/CBR Sync Desk/lib/app/"
  "$JAVA_HOME/bin/jpackage" @jlink/linux-installer.args --app-image "$d/image/CBR Sync Desk" \
    --app-version "$version" --name "CBR Sync Desk" --dest "$d/installer"
  rt=$(du -sb "$d/runtime" | cut -f1)
  img=$(du -sb "$d/image" | cut -f1)
  deb=$(stat -c %s "$d"/installer/*.deb)
  [ "$archive" = no ] || note=" + the archive made at install"
  if [ "$startup" = yes ] && [ "$measure" = yes ]; then
    cp -a "$d/image/CBR Sync Desk" "$d/app"
    if [ "$archive" = yes ]; then
      # As the .deb's postinst does it.
      JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$d/app/lib/app/cbr-sync-desk.classlist" \
        "$d/app/bin/CBR Sync Desk" >"$d/dump.log" 2>&1 || { cat "$d/dump.log" >&2; exit 1; }
      jsa=$(stat -c %s "$d/app/lib/app/cbr-sync-desk.jsa")
      note=" + $(mib "$jsa") archive made at install"
    fi
    if [ ${#bench_args[@]} -eq 0 ]; then bench_args=(--image "$d/app" --variant "$label="); else bench_args+=(--compare "$label=$d/app"); fi
  fi
  rm -rf "$d/image" "$d/installer"
  rows+=("| $label | $(mib "$rt") | $(mib "$img")$note | $deb ($(mib "$deb") MiB) |")
  echo "variant done: ${rows[-1]}"
}

# The chosen point first: the benchmark's reference window runs on its runtime. The options are those of
# jlink/linux-runtime.args, varied (--generate-cds-archive runs the image's java: no --strip-native-commands there).
variant chosen "chosen: compress 0, stored jars, app archive" jars-stored yes yes --compress=0 --strip-native-commands
variant c1 "compress 1, stored jars, app archive" jars-stored yes yes --compress=1 --strip-native-commands
variant c2 "compress 2, stored jars, app archive" jars-stored yes yes --compress=2 --strip-native-commands
variant deflated "compress 0, deflated jars, app archive" jars-deflated yes yes --compress=0 --strip-native-commands
variant runtimecds "chosen + the runtime's default CDS archive" jars-stored yes no --compress=0 --generate-cds-archive
STRIP_LIBJVM=1 variant striplibjvm "chosen + libjvm.so symbols stripped" jars-stored yes no --compress=0 --strip-native-commands
variant nocds "compress 0, stored jars, no CDS archive at all" jars-stored no yes --compress=0 --strip-native-commands
variant before "before: compress 2, deflated jars, runtime CDS archive" jars-deflated no yes --compress=2 --generate-cds-archive

echo
echo "| variant (Linux, JDK $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p')) | runtime MiB | app-image MiB | .deb bytes |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ "$startup" = yes ]; then
  echo
  scripts/startup-bench.sh --runs "$runs" --deb /dev/null "${bench_args[@]}"
fi
