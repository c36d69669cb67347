#!/usr/bin/env bash
# Start-up benchmark (issue 10). Under Xvfb it starts, alternating, a bare JavaFX window with one empty TableView
# (scripts/bench/BareTable.java, packaged by jpackage on the SAME runtime as the app) and the packaged app in demo
# mode (--smoke, a fresh CBR_SYNC_DESK_HOME each run), N times each after one warm-up each, and prints medians,
# ranges and the ratio app/bare for "process start to first frame" and "process start to vaults shown", then the
# package sizes. Figures only: it fails when a run gives no figure, never on a time.
#
#   scripts/startup-bench.sh [--runs N] [--image DIR] [--deb FILE] [--variant 'LABEL=JVM OPTIONS']...
#                            [--compare 'LABEL=APP-IMAGE']...
#
# --image    the app-image or installed app (default target/jpackage/image/CBR Sync Desk; the installed .deb is
#            /opt/cbr-sync-desk); the reference runs on a copy of its lib/runtime.
# --variant  run the app with these extra JVM options (given through _JAVA_OPTIONS, so they override the
#            launcher's own), e.g. --variant 'no CDS=-Xshare:off'; {image} is replaced by the app-image.
# --compare  also run another app-image as it is (another build), alternating with the rest.
#            Without --variant or --compare: the app as packaged.
# Both programs print "STARTUP first-frame-ms=N" when started with -Dcbrsync.startupReport=true (the bare window
# always does); "vaults shown" is read from "STARTUP vaults-shown-ms=N" if the app prints it, else (an older
# build) from its "SMOKE OK: ... vaults shown N ms after process start" line. An app that prints neither first-frame line gets "n/a".
#
# Process start is ProcessHandle.startInstant(), which on Linux adds the process's start tick to the kernel's boot
# time in WHOLE seconds (/proc/stat btime): every figure comes out too long by the boot time's fraction of a second,
# the same for both programs. The script measures that offset and subtracts it from every figure (it prints it).
#
# Needs a built package (mvn -Ppackage package), xvfb-run and xauth, and a JDK 17 (javac, jar, jpackage) for the
# reference. Run it alone on the machine (CI and the build scripts hold /tmp/mvn.lock around it).
set -euo pipefail
cd "$(dirname "$0")/.."

command=$0
[ $# -eq 0 ] || command+=$(printf ' %q' "$@")
runs=5
image="target/jpackage/image/CBR Sync Desk"
deb=""
variants=()
compares=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --image) image=$2; shift 2 ;;
    --deb) deb=$2; shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
    --compare) compares+=("$2"); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--image DIR] [--deb FILE] [--variant 'LABEL=JVM OPTIONS']... [--compare 'LABEL=APP-IMAGE']..." >&2
       exit 2 ;;
  esac
done
[ ${#variants[@]} -gt 0 ] || [ ${#compares[@]} -gt 0 ] || variants=("packaged app=")

# One X server for every run, so no run pays for starting one.
if [ -z "${STARTUP_BENCH_UNDER_XVFB:-}" ]; then
  export STARTUP_BENCH_UNDER_XVFB=1 STARTUP_BENCH_COMMAND="$command"
  args=(--runs "$runs" --image "$image")
  [ -z "$deb" ] || args+=(--deb "$deb")
  for v in "${variants[@]}"; do args+=(--variant "$v"); done
  for v in "${compares[@]}"; do args+=(--compare "$v"); done
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "${args[@]}"
fi

echo "command: ${STARTUP_BENCH_COMMAND:-$command}"
image=$(cd "$image" && pwd)
runtime="$image/lib/runtime"
# What runs: label, app-image, extra JVM options.
labels=(); images=(); options=()
for v in "${variants[@]}"; do labels+=("${v%%=*}"); images+=("$image"); options+=("${v#*=}"); done
for v in "${compares[@]}"; do labels+=("${v%%=*}"); images+=("$(cd "${v#*=}" && pwd)"); options+=(""); done
for i in "${!images[@]}"; do
  [ -x "${images[$i]}/bin/CBR Sync Desk" ] || { echo "no packaged app in ${images[$i]}: run mvn -Ppackage package first" >&2; exit 1; }
done
if [ -z "$deb" ]; then deb=$(ls target/jpackage/installer/*.deb 2>/dev/null | head -n 1 || true); fi
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The reference: a bare JavaFX window on the same runtime with the app's JVM options (scripts/bench/bare-window.sh).
# shellcheck source=scripts/bench/bare-window.sh
source scripts/bench/bare-window.sh
bare=$(bare_window "$work" "$image")
ref_cds="the runtime's default CDS archive"
if [ ! -f "$work/ref/bare-table/lib/runtime/lib/server/classes.jsa" ]; then
  # A runtime linked without one (the app brings its own archive): give the reference the JDK's default archive,
  # made from the runtime's default class list as jlink --generate-cds-archive would, so it starts at its best.
  JAVA_TOOL_OPTIONS=-Xshare:dump "$bare" >"$work/ref-cds.log" 2>&1 \
    || { echo "could not make the reference's CDS archive:" >&2; cat "$work/ref-cds.log" >&2; exit 1; }
  ref_cds="a default CDS archive made for it (the runtime ships none)"
fi

# How many ms ProcessHandle.startInstant() is early: the fraction of a second that /proc/stat's btime drops.
boot_offset_ms() {
  local now_ns up btime
  now_ns=$(date +%s%N)
  read -r up _ </proc/uptime
  btime=$(awk '/^btime/ {print $2}' /proc/stat)
  awk -v n="$now_ns" -v u="$up" -v b="$btime" 'BEGIN { printf "%d", (n / 1e6 - u * 1000) - b * 1000 }'
}

# run_one OUT LAUNCHER JAVA_OPTIONS ARGS...: one run; prints "FIRST_FRAME VAULTS" in ms (or n/a), corrected.
run_one() {
  local out=$1 prog=$2 opts=$3; shift 3
  local home pid offset ff vs
  home=$(mktemp -d "$work/home.XXXXXX")
  offset=$(boot_offset_ms)
  (
    export CBR_SYNC_DESK_HOME="$home" JAVA_TOOL_OPTIONS="-Dcbrsync.startupReport=true"
    if [ -n "$opts" ]; then export _JAVA_OPTIONS="${opts//\{image\}/$image}"; fi
    exec timeout 300 "$prog" "$@"
  ) >"$out" 2>"$out.err" &
  pid=$!
  # The app is done for this benchmark once it printed both figures, or its smoke line, or it ended.
  while kill -0 "$pid" 2>/dev/null; do
    if grep -q '^SMOKE ' "$out" \
      || { grep -q 'STARTUP first-frame-ms=' "$out" && grep -q 'vaults-shown-ms=' "$out"; }; then
      kill "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.05
  done
  wait "$pid" 2>/dev/null || true
  if grep -q '^SMOKE FAILED' "$out"; then
    echo "run failed: $(grep '^SMOKE' "$out")" >&2
    return 1
  fi
  ff=$(sed -n 's/.*STARTUP first-frame-ms=\([0-9]*\).*/\1/p' "$out" | head -n 1)
  vs=$(sed -n 's/.*STARTUP vaults-shown-ms=\([0-9]*\).*/\1/p' "$out" | head -n 1)
  [ -n "$vs" ] || vs=$(sed -n 's/^SMOKE OK: .*vaults shown \([0-9]*\) ms after process start.*/\1/p' "$out" | head -n 1)
  [ -z "$ff" ] || ff=$((ff - offset))
  [ -z "$vs" ] || vs=$((vs - offset))
  echo "${ff:-n/a} ${vs:-n/a}"
  rm -rf "$home"
}

# "median (min-max)" of the numbers given, or n/a when there are none.
summary() {
  [ $# -gt 0 ] || { echo "n/a"; return; }
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)
    printf "%d ms (%d-%d)", m, a[1], a[NR] }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ratio() { if [ "$1" = n/a ] || [ "$2" = n/a ]; then echo n/a; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi; }

echo "startup-bench: $runs runs each after one warm-up each, alternating; Xvfb 1600x1000x24; $(nproc) cores"
echo "app-image: $image; the bare window uses $ref_cds"
for i in "${!images[@]}"; do
  if [ -f "${images[$i]}/lib/app/cbr-sync-desk.jsa" ]; then cds="its class-data sharing archive lib/app/cbr-sync-desk.jsa"
  elif grep -qs 'SharedArchiveFile' "${images[$i]}/lib/app/CBR Sync Desk.cfg"; then
    cds="NO class-data sharing archive (made when the .deb is installed: benchmark /opt/cbr-sync-desk for the real figure)"
  elif [ -f "${images[$i]}/lib/runtime/lib/server/classes.jsa" ]; then cds="the runtime's default CDS archive"
  else cds="no CDS archive"; fi
  echo "${labels[$i]}: ${images[$i]} with $cds${options[$i]:+, JVM options: ${options[$i]}}"
done
echo "process start offset corrected: $(boot_offset_ms) ms (ProcessHandle.startInstant() uses /proc/stat btime, whole seconds)"

bare_ff=()
declare -A app_ff app_vs
for ((r = 0; r <= runs; r++)); do
  res=$(run_one "$work/bare.out" "$bare" "") || exit 1
  read -r ff _ <<<"$res"
  [ "$ff" != n/a ] || { echo "the bare window printed no first-frame line:" >&2; cat "$work/bare.out" "$work/bare.out.err" >&2; exit 1; }
  [ "$r" -eq 0 ] || bare_ff+=("$ff")
  for i in "${!labels[@]}"; do
    res=$(run_one "$work/app.out" "${images[$i]}/bin/CBR Sync Desk" "${options[$i]}" --smoke) || exit 1
    read -r ff vs <<<"$res"
    if [ "$vs" = n/a ]; then
      echo "the app gave no vaults-shown figure (${labels[$i]}):" >&2; cat "$work/app.out" "$work/app.out.err" >&2; exit 1
    fi
    [ "$r" -gt 0 ] || continue
    [ "$ff" = n/a ] || app_ff[$i]="${app_ff[$i]:-} $ff"
    app_vs[$i]="${app_vs[$i]:-} $vs"
    unit=" ms"; [ "$ff" != n/a ] || unit=""
    echo "  run $r: bare first frame ${bare_ff[-1]} ms; ${labels[$i]}: first frame $ff$unit, vaults shown $vs ms"
  done
done

bare_med=$(median "${bare_ff[@]}")
echo
echo "| process start to ... (median of $runs, min-max) | bare JavaFX window, empty TableView | app | app / bare |"
echo "|---|---|---|---|"
for i in "${!labels[@]}"; do
  label=${labels[$i]}
  # shellcheck disable=SC2086
  ffs=(${app_ff[$i]:-}); vss=(${app_vs[$i]:-})
  ffm=n/a; [ ${#ffs[@]} -eq 0 ] || ffm=$(median "${ffs[@]}")
  vsm=$(median "${vss[@]}")
  echo "| first frame, $label | $(summary "${bare_ff[@]}") | $(summary "${ffs[@]}") | $(ratio "$ffm" "$bare_med") |"
  echo "| vaults shown (demo), $label | (first frame) $(summary "${bare_ff[@]}") | $(summary "${vss[@]}") | $(ratio "$vsm" "$bare_med") |"
done

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
echo
echo "| size | bytes | |"
echo "|---|---|---|"
rt=$(du -sb "$runtime" | cut -f1)
echo "| runtime (app-image lib/runtime) | $rt | $(mib "$rt") |"
for jsa in "$runtime"/lib/server/*.jsa "$image"/lib/app/*.jsa; do
  [ -f "$jsa" ] || continue
  s=$(stat -c %s "$jsa")
  echo "| of which ${jsa#"$image"/} | $s | $(mib "$s") |"
done
ai=$(du -sb "$image" | cut -f1)
echo "| app-image | $ai | $(mib "$ai") |"
if [ -n "$deb" ] && [ -f "$deb" ]; then
  d=$(stat -c %s "$deb")
  echo "| $(basename "$deb") | $d | $(mib "$d") |"
fi
