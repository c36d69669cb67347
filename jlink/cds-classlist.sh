#!/usr/bin/env bash
# Packaging step (Linux, profile "package"; see jlink/README.md): the training run for the app's class-data sharing
# archive. Starts the app-image with --smoke (the real window under Xvfb, the demo simulator, the vault list, one
# vault synced and followed to its end; it exits by itself) and records every class it loads into
# lib/app/cbr-sync-desk.classlist of the app-image.
#
# The archive itself (lib/app/cbr-sync-desk.jsa, which the launcher names with -XX:SharedArchiveFile) is made from
# that list where the app is installed, by the .deb's postinst: a JDK 17 archive records the absolute paths of the
# jars it was made from and is refused (with a warning) when they are elsewhere, and it cannot be made at all from
# a folder whose path has a space in it, as the app-image here has ("CBR Sync Desk").
#
#   jlink/cds-classlist.sh APP-IMAGE
# Needs xvfb-run and xauth (or a DISPLAY).
set -euo pipefail
image=$1
launcher="$image/bin/CBR Sync Desk"
[ -x "$launcher" ] || { echo "cds-classlist: no launcher at $launcher" >&2; exit 1; }

if command -v xvfb-run >/dev/null 2>&1; then
  display=(xvfb-run -a -s "-screen 0 1600x1000x24")
elif [ -n "${DISPLAY:-}" ]; then
  display=()
else
  echo "cds-classlist: the training run needs an X display: install xvfb and xauth (apt-get install xvfb xauth)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
CBR_SYNC_DESK_HOME="$work/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist" \
  timeout 300 "${display[@]}" "$launcher" --smoke >"$work/out" 2>&1 || status=$?
if [ "$status" -ne 0 ] || ! grep -q '^SMOKE OK' "$work/out" || [ ! -s "$work/classlist" ]; then
  echo "cds-classlist: the training run failed (exit $status):" >&2
  cat "$work/out" >&2
  exit 1
fi
cp "$work/classlist" "$image/lib/app/cbr-sync-desk.classlist"
echo "cds-classlist: $(grep -vc '^#' "$image/lib/app/cbr-sync-desk.classlist") lines in lib/app/cbr-sync-desk.classlist;" \
  "$(grep '^SMOKE' "$work/out")"
