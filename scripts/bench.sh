#!/usr/bin/env bash
# Benchmarks the P1 decoding engine against an AsnReader (System.Formats.Asn1, BER) baseline.
#
#   scripts/bench.sh [BenchmarkDotNet options]     e.g. --filter '*Validation*'
#   scripts/bench.sh --interleaved                  the engine against itself before issue 13, alternating in one process
#
# Release build; the job is tests/Patcher.X411.Benchmarks/BenchmarkConfig.cs (ShortRun in process: 3 warm-ups, 5 iterations,
# MemoryDiagnoser, MB/s column). The program first checks that both decoders agree on the corpus and the poison
# message, and refuses to benchmark if they do not. On demand only, not part of the default CI run (~8 minutes).
# BeforeAfterBenchmarks measures the engine against itself before issue 13 (tests/Patcher.X411.Tests/Oracle).
# Output: the tables below, and artifacts/bench/results/*-report-github.md (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ "${1:-}" == "--interleaved" ]]; then
  # Ratios that hold on a loaded machine: before and now alternate every few milliseconds (InterleavedComparison.cs).
  exec dotnet run -c Release --project tests/Patcher.X411.Benchmarks/Patcher.X411.Benchmarks.csproj -- --interleaved
fi

artifacts="artifacts/bench"
rm -rf "$artifacts/results"
mkdir -p "$artifacts"
filter=(--filter '*')
for arg in "$@"; do
  [[ "$arg" == "--filter" ]] && filter=()
done

dotnet run -c Release --project tests/Patcher.X411.Benchmarks/Patcher.X411.Benchmarks.csproj -- \
  "${filter[@]}" --artifacts "$artifacts" "$@" >"$artifacts.log" 2>&1 || {
  status=$?
  tail -n 40 "$artifacts.log" >&2
  exit "$status"
}

sed -n '/^Consistency check/,/^$/p' "$artifacts.log" | sed '/^$/q'
for report in "$artifacts"/results/*-report-github.md; do
  echo
  echo "## $(basename "$report" -report-github.md)"
  cat "$report"
done
