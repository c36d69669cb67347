#!/usr/bin/env bash
# History at scale, on the packaged app (issue 10): a 100,000-row journal for the demo connection is written
# into a fresh CBR_SYNC_DESK_HOME, the packaged app starts on it under Xvfb, and once it has restored the rows
# the script prints the restore time (from the app's log) and the app's resident memory (VmRSS; read 40 s after
# the restore, once the app sits idle; HISTORY_BENCH_SETTLE=S changes it), N runs, medians; beside it, measured
# the same way in the same run, the resident memory of the references: a bare JavaFX window with one empty table
# on the same runtime and JVM options (scripts/bench/bare-window.sh), and the app with an empty history.
# Figures only: it fails when a run gives no figure, never on a figure.
#
#   scripts/history-bench.sh [--runs N] [--rows N] [--image DIR] [--variant 'LABEL=JVM OPTIONS']...
#
# --variant runs the app and the bare window with extra JVM options (through _JAVA_OPTIONS, after the launcher's
# own), to weigh garbage collectors or heap settings against each other in one run. Run it alone on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
rows=100000
image="target/jpackage/image/CBR Sync Desk"
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --image) image=$2; shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--rows N] [--image DIR] [--variant 'LABEL=JVM OPTIONS']..." >&2; exit 2 ;;
  esac
done
[ ${#variants[@]} -gt 0 ] || variants=("packaged app=")
launcher="$image/bin/CBR Sync Desk"
[ -x "$launcher" ] || { echo "no packaged app at $image (mvn -Ppackage package)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journal="$work/demo.jsonl"
python3 - "$journal" "$rows" <<'PY'
import json, sys, datetime, uuid
path, rows = sys.argv[1], int(sys.argv[2])
base = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
with open(path, "w") as out:
    for i in range(rows):
        at = base + datetime.timedelta(seconds=i * 250)
        row = {"id": str(uuid.UUID(int=i)), "op": str(uuid.UUID(int=10**12 + i)), "vaultId": "vault-%02d" % (i % 60),
               "vault": "branch-vault-%02d" % (i % 60), "auto": i % 3 == 0,
               "requested": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "status": "FAILED" if i % 17 == 0 else "SUCCESS",
               "progress": 100, "synced": 3, "deleted": 1, "failed": 0,
               "ended": (at + datetime.timedelta(seconds=40)).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "origin": "THIS_APP", "sends": 1}
        if i % 17 == 0:
            row["errCode"] = "BackupService.6402"
            row["errMsg"] = "The backup of the vault failed on the server."
        out.write(json.dumps(row, separators=(",", ":")) + "\n")
PY
echo "history bench: $rows rows ($(du -h "$journal" | cut -f1) journal), $runs runs per variant, image $image"

median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "n/a")}'; }

# run_one LAUNCHER OPTIONS ROWS: prints "restore_ms rss_mb" (restore "-" for the bare window, which has none).
run_one() {
  local prog=$1 opts=$2 with_rows=$3 home wrapper pid="" restored="" i
  home=$(mktemp -d -p "$work")
  mkdir -p "$home/data/history"
  [ "$with_rows" = no ] || cp "$journal" "$home/data/history/demo.jsonl"
  CBR_SYNC_DESK_HOME=$home _JAVA_OPTIONS="-Dcbrsync.bench.stay=true $opts" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$prog" >"$home/out.txt" 2>&1 &
  wrapper=$!
  for i in $(seq 1 600); do
    sleep 0.1
    if [ "$prog" = "$bare" ]; then
      grep -q "STARTUP first-frame-ms=" "$home/out.txt" && break
    else
      restored=$(grep -ho "restored [0-9,]* history rows ([0-9,]* lines) in [0-9,]* ms" "$home"/logs/*.log \
        2>/dev/null | head -n 1 || true)
      [ -z "$restored" ] || break
    fi
  done
  pid=$(pgrep -f -n "$(basename "$prog")" || true)
  # The table takes the rows (after a large restore the app compacts the heap once), then the app sits idle as
  # after any start.
  sleep "${HISTORY_BENCH_SETTLE:-40}"
  local rss="n/a"
  [ -n "$pid" ] && rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo n/a)
  kill "$pid" 2>/dev/null || true
  wait "$wrapper" 2>/dev/null || true
  local ms=-
  if [ "$prog" != "$bare" ]; then
    ms=$(echo "$restored" | tr -d , | sed -n 's/.* in \([0-9]*\) ms/\1/p')
    [ -n "$ms" ] || { echo "no restore figure; app output:" >&2; cat "$home/out.txt" >&2; return 1; }
  fi
  [ "$rss" != n/a ] || { echo "no memory figure for $prog" >&2; cat "$home/out.txt" >&2; return 1; }
  echo "$ms $rss"
}

# shellcheck source=scripts/bench/bare-window.sh
source scripts/bench/bare-window.sh
bare=$(bare_window "$work" "$image")
echo "JVM options of the launcher (and of the bare window): $(app_jvm_options "$image" | paste -sd' ' -)"
printf '| variant | bare JavaFX window: memory | app, empty history: memory | app, %s rows: restore | app, %s rows: memory | rows / bare |\n|---|---|---|---|---|---|\n' "$rows" "$rows"
for v in "${variants[@]}"; do
  label=${v%%=*}; opts=${v#*=}
  : >"$work/bare.txt"; : >"$work/empty.txt"; : >"$work/r.txt"
  for i in $(seq 1 "$runs"); do
    run_one "$bare" "$opts" no >>"$work/bare.txt"
    run_one "$launcher" "$opts" no >>"$work/empty.txt"
    run_one "$launcher" "$opts" yes >>"$work/r.txt"
  done
  col() { cut -d' ' -f"$2" "$1" | median; }
  all() { cut -d' ' -f"$2" "$1" | paste -sd, -; }
  printf '| %s | %s MB (%s) | %s MB (%s) | %s ms (%s) | %s MB (%s) | %s |\n' "$label" \
    "$(col "$work/bare.txt" 2)" "$(all "$work/bare.txt" 2)" "$(col "$work/empty.txt" 2)" "$(all "$work/empty.txt" 2)" \
    "$(col "$work/r.txt" 1)" "$(all "$work/r.txt" 1)" "$(col "$work/r.txt" 2)" "$(all "$work/r.txt" 2)" \
    "$(awk -v a="$(col "$work/r.txt" 2)" -v b="$(col "$work/bare.txt" 2)" 'BEGIN { printf "%.2f", a / b }')"
done
