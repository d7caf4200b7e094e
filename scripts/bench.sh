#!/usr/bin/env bash
# Benchmarks the P1 decoding engine against an AsnReader (System.Formats.Asn1, BER) baseline.
#
#   scripts/bench.sh [BenchmarkDotNet options]     e.g. --filter '*Validation*'
#   scripts/bench.sh --interleaved                  the engine against itself before issue 13, alternating in one process
#   scripts/bench.sh --against COMMIT               the engine against its build at COMMIT (e.g. HEAD~1), the same way
#   scripts/bench.sh --profile validate|decode MESSAGE [SECONDS]
#                                                   one call in a loop under perf (perf report -i artifacts/bench/perf.data)
#
# Release build; the job is tests/Patcher.X411.Benchmarks/BenchmarkConfig.cs (ShortRun in process: 3 warm-ups, 5 iterations,
# MemoryDiagnoser, MB/s column). The program first checks that both decoders agree on the corpus and the poison
# message, and refuses to benchmark if they do not. On demand only, not part of the default CI run (~4 minutes).
# BeforeAfterBenchmarks measures the engine against itself before issue 13 (tests/Patcher.X411.Tests/Oracle).
# Output: the tables below, and artifacts/bench/results/*-report-github.md (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=tests/Patcher.X411.Benchmarks/Patcher.X411.Benchmarks.csproj

if [[ "${1:-}" == "--interleaved" ]]; then
  # Ratios that hold on a loaded machine: before and now alternate every few milliseconds (InterleavedComparison.cs).
  exec dotnet run -c Release --project "$project" -- --interleaved
fi

if [[ "${1:-}" == "--against" ]]; then
  # The other commit's engine, built on its own, loaded beside this build's in one process (EngineBuild.cs).
  commit="$(git rev-parse --short "${2:?--against needs a commit}")"
  other="$(mktemp -d)"
  trap 'git worktree remove --force "$other/src" >/dev/null 2>&1; rm -rf "$other"' EXIT
  git worktree add --detach -q "$other/src" "$commit"
  dotnet build "$other/src/src/Patcher.X411/Patcher.X411.csproj" -c Release -o "$other/bin" -v q -nologo >/dev/null
  dotnet run -c Release --project "$project" -- --against "$other/bin/Patcher.X411.dll" "$commit"
  exit
fi

if [[ "${1:-}" == "--profile" ]]; then
  # Symbols for the JIT's code: perf reads /tmp/perf-PID.map.
  dotnet build -c Release "$project" -v q -nologo >/dev/null
  mkdir -p artifacts/bench
  runner=()
  command -v perf >/dev/null && runner=(perf record -F 2999 -g -o artifacts/bench/perf.data)
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 "${runner[@]}" \
    dotnet "tests/Patcher.X411.Benchmarks/bin/Release/net10.0/Patcher.X411.Benchmarks.dll" "$@"
  [[ ${#runner[@]} -gt 0 ]] && perf report -i artifacts/bench/perf.data --no-children --sort symbol --stdio -g none 2>/dev/null \
    | grep -E '^ +[0-9]' | cut -c1-200 | head -25
  exit 0
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
