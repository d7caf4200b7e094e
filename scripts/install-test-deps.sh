#!/usr/bin/env bash
# Installs what the default test run needs on a fresh Debian machine with the .NET SDK.
# Idempotent: skips what is already there.
set -euo pipefail

need=()
# The default test run's tools (arguments add more):
#   wixl msitools gcab osslsigncode openssl: installer/build.sh and tests/Patcher.Installer.Tests (issue 6).
#   chromium: the fleet report's browser test, tests/Patcher.Agent.Tests/Report (issue 5).
# Passed as arguments by .ci/run and tests/wine/run.sh:
#   wine wine64: the MSI and the agent under Wine, tests/wine/run.sh (issue 11); about 35 s and 0.9 GB on a fresh
#   Debian 12. Nothing else is needed: no X server; no wine32 (the MSI and the agent are 64-bit). wine32 would let the
#   suite run an i386 stand-in MTA after apply; it was tried (dpkg --add-architecture i386) and did not install here:
#   bookworm-security's i386 index failed to download (size mismatch), leaving i386 libraries older than their amd64
#   twins (libgstreamer-plugins-base1.0-0 deb12u6 against deb12u7), which multi-arch refuses. The suite SKIPs that check.
default=(wixl msitools gcab osslsigncode openssl chromium)
for pkg in "${default[@]}" "${@}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet not on PATH)." >&2; exit 1; }
dotnet --version
