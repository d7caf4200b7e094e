#!/usr/bin/env bash
# Benchmarks `patcher report` over a large share (issue 14): N host reports made from the demo's host reports under new
# host names (scripts/fleet-bench/generate.py), then, for each N:
#   - a plain parse of the same files (scripts/fleet-bench/plain-parse.cs: read + JsonDocument.Parse, nothing else),
#   - `patcher report --csv` (read, validate, reduce; no index, no views),
#   - the first `patcher report --out` (no index yet) and a second one over the unchanged share (the index beside it),
# each with its wall time, CPU time (user + system) and peak memory (maximum resident set, GNU time), and the load
# average as it ended: on a shared machine compare the ratios, not the seconds. On demand only, not in CI.
#
#   scripts/fleet-bench.sh [--from DIR] [--runs R] [N ...]     default N: 10000; DIR: patcher-demo/reports
#
# Run the demo first (README) for the host reports to copy. Output in artifacts/fleet-bench/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

from="patcher-demo/reports" runs=1 sizes=()
while (($#)); do
  case "$1" in
    --from) from="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(10000)
[[ -d "$from" ]] || { echo "fleet-bench: no host reports in $from: run the demo first, or pass --from DIR" >&2; exit 2; }

dotnet build agent/Patcher.Agent -c Release -v quiet -nologo >/dev/null
patcher=(dotnet agent/Patcher.Agent/bin/Release/net10.0/patcher.dll)
work="artifacts/fleet-bench"

measure() { # label, command...: prints "label  wall s  cpu s  peak MB  load"
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  read -r seconds user system kb < "$work/time.txt"
  printf '%-34s %8.2f s wall %8.2f s cpu %6.0f MB   load %s\n' "$label" "$seconds" "$(echo "$user + $system" | bc)" "$((kb / 1024))" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

for n in "${sizes[@]}"; do
  share="$work/$n/reports" out="$work/$n/out"
  rm -rf "$work/$n" && mkdir -p "$work/$n"
  python3 scripts/fleet-bench/generate.py "$from" "$share" "$n" "$runs"
  echo "$(du -sm "$share" | cut -f1) MB of host reports"
  measure "plain parse (warm-up)" dotnet run -c Release scripts/fleet-bench/plain-parse.cs -- "$share"
  measure "plain parse" dotnet run -c Release scripts/fleet-bench/plain-parse.cs -- "$share"
  cat "$work/out.txt"
  measure "patcher report --csv" "${patcher[@]}" report "$share" --csv "$work/$n/report.csv"
  measure "patcher report, first (no index)" "${patcher[@]}" report "$share" --out "$out"
  measure "patcher report, second (index)" "${patcher[@]}" report "$share" --out "$out"
  tail -n +1 "$work/err.txt" | head -3
  grep 'host pages' "$work/out.txt" || true
  echo "report.html $(du -k "$out/report.html" | cut -f1) KB, report.json $(du -m "$out/report.json" | cut -f1) MB, index $(du -m "$out/report-index.sqlite" | cut -f1) MB"
done
