#!/usr/bin/env bash
# Installs what the default test run needs on a fresh Debian machine with the .NET SDK.
# Idempotent: skips what is already there.
set -euo pipefail

need=()
# (Issue-specific tools are added here as they become part of the default test run.)
for pkg in "${@}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not on PATH)." >&2; exit 1; }
dotnet --version
