# shellcheck shell=bash
# Sourced by scripts/startup-bench.sh and scripts/history-bench.sh: the benchmarks' reference, a bare JavaFX window
# with one empty TableView (scripts/bench/BareTable.java), compiled against the app's own packaged runtime and
# packaged by jpackage on a copy of it, with the heap, collector and compiler options of the app's launcher, so both
# programs start the same way: native launcher, same runtime, same JVM options.
#
#   bare_window WORK APP_IMAGE   builds WORK/ref/bare-table and prints the path of its launcher
#
# Needs a JDK 17 (javac, jar, jpackage) in JAVA_HOME.

# The app launcher's -X and -XX options (from its .cfg), without its own class-data sharing archive.
app_jvm_options() {
  sed -n 's/^java-options=\(-XX\?[^D].*\)$/\1/p' "$1/lib/app/CBR Sync Desk.cfg" | grep -v 'SharedArchiveFile'
}

bare_window() {
  local work=$1 image=$2 runtime option
  runtime="$image/lib/runtime"
  local java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
  local args=()
  while IFS= read -r option; do args+=(--java-options "$option"); done < <(app_jvm_options "$image")
  mkdir -p "$work/bare-classes" "$work/bare-mods"
  "$java_home/bin/javac" --system "$runtime" -d "$work/bare-classes" scripts/bench/module-info.java \
    scripts/bench/BareTable.java >&2
  "$java_home/bin/jar" --create --file "$work/bare-mods/bench.jar" -C "$work/bare-classes" . >&2
  "$java_home/bin/jpackage" --type app-image --name bare-table --dest "$work/ref" --runtime-image "$runtime" \
    --module-path "$work/bare-mods" --module cbrsync.bench/cbrsync.bench.BareTable "${args[@]}" >&2
  echo "$work/ref/bare-table/bin/bare-table"
}
