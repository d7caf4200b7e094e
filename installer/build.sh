#!/usr/bin/env bash
# Builds artifacts/installer/Patcher.Agent-<VERSION>-x64.msi: publishes the agent for win-x64, harvests the publish
# folder, builds the MSI with wixl, adds what wixl cannot express with msibuild SQL, checks the tables, signs it with
# osslsigncode and verifies the signature. Fails on any wixl diagnostic.
#
#   installer/build.sh [VERSION] [--cert PFX] [--publish-dir DIR] [--out DIR]
#     VERSION        MSI ProductVersion, major.minor.build <= 255.255.65535 (default: <Version> in Directory.Build.props)
#     --cert PFX     sign with this PKCS#12 file; its password comes from $PATCHER_SIGNING_PASSWORD
#                    (default: a development certificate generated with openssl in OUT/dev-cert/, reused if present)
#     --publish-dir  use this win-x64 publish folder instead of publishing (tests reuse one publish)
#     --out DIR      where the MSI goes (default: artifacts/installer)
# Needs: dotnet, wixl + msibuild + msiinfo (Debian: wixl msitools gcab), osslsigncode, openssl.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

version="" cert="" publish="" out="artifacts/installer"
while (($#)); do
  case "$1" in
    --cert) cert="$2"; shift 2 ;;
    --publish-dir) publish="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    *) version="$1"; shift ;;
  esac
done
die() { echo "build.sh: $*" >&2; exit 1; }
for tool in dotnet wixl msibuild msiinfo osslsigncode openssl; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wixl msitools gcab osslsigncode openssl)."
done

# MSI ProductVersion: major and minor at most 255, build at most 65535 (wixl does not check).
[[ -n "$version" ]] || version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)"
[[ "$version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || die "version '$version' must be major.minor.build, e.g. 1.0.0."
((BASH_REMATCH[1] <= 255 && BASH_REMATCH[2] <= 255 && BASH_REMATCH[3] <= 65535)) \
  || die "version '$version' is out of range: an MSI ProductVersion is at most 255.255.65535."

mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$out/obj"
rm -rf "$work" && mkdir -p "$work"
msi="$out/Patcher.Agent-$version-x64.msi"

if [[ -z "$publish" ]]; then
  publish="$work/publish"
  # Self-contained (the servers have no .NET), not single-file (a single-file agent does not start under Wine, and
  # Windows Installer replaces files one by one anyway). Not trimmed: System.CommandLine, Microsoft.Extensions.Hosting
  # and NuGet.Packaging's signature code use reflection (installer/README.md has the sizes measured).
  # --artifacts-path keeps this build (its version, its runtime) out of the projects' own bin/ and obj/: a test run that
  # builds the MSI must not swap the assemblies other test projects load.
  # PatcherWineTestBuild=false: the Wine suite's test-only signature seam is never built into what ships (an environment
  # variable of that name would otherwise reach MSBuild as a property).
  dotnet publish agent/Patcher.Agent -c Release -r win-x64 --self-contained true -p:PublishSingleFile=false -p:SatelliteResourceLanguages=en -p:Version="$version" -p:PatcherWineTestBuild=false --artifacts-path "$work/artifacts" -o "$publish" -v quiet -nologo \
    || die "dotnet publish failed."
fi
publish="$(cd "$publish" && pwd)"
[[ -f "$publish/patcher.exe" && -f "$publish/patcher.settings.json" ]] || die "$publish has no patcher.exe and patcher.settings.json."
# What ships is the product: nothing of the lab (lab platform, pre-fix engine, lab tool) may reach the MSI.
lab_files="$(find "$publish" \( -iname 'Patcher.Lab*' -o -iname 'patcher-lab*' \) -printf '%P ' || true)"
[[ -z "$lab_files" ]] || die "$publish holds lab files ($lab_files): publish agent/Patcher.Agent, the production agent, not the lab tool."
# Nor the Wine suite's test-only build (its managed RSA verifier: packaging/Patcher.Packaging/Verification/WineTestBuildRsaVerifier.cs).
! grep -aq WineTestBuildRsaVerifier "$publish/Patcher.Packaging.dll" \
  || die "$publish/Patcher.Packaging.dll is the Wine suite's test-only build (-p:PatcherWineTestBuild=true): it never ships."

# wixl wants relative source paths: link the publish folder into the work folder and build from there.
ln -s "$publish" "$work/pub"
cp installer/Patcher.Agent.wxs "$work/"

# Harvest: one component per file (64-bit), ids and GUIDs derived from the relative path, so they stay stable from
# version to version (component rules). patcher.exe and patcher.settings.json are authored in Patcher.Agent.wxs.
id_of() { printf '%s' "$1" | md5sum | cut -c1-"$2"; }
guid_of() { local h; h="$(printf 'Patcher.Agent:%s' "$1" | md5sum)"; echo "${h:0:8}-${h:8:4}-4${h:13:3}-8${h:17:3}-${h:20:12}" | tr a-f A-F; }
xml_escape() { local s="${1//&/&amp;}"; s="${s//</&lt;}"; echo "${s//\"/&quot;}"; }
harvest_dir() { # $1 = relative dir ('' for the root), $2 = indent
  local rel="$1" ind="$2" entry name path
  for entry in "$publish${rel:+/$rel}"/*; do
    name="$(basename "$entry")"; path="${rel:+$rel/}$name"
    if [[ -d "$entry" ]]; then
      echo "$ind<Directory Id=\"d$(id_of "$path" 24)\" Name=\"$(xml_escape "$name")\">"
      harvest_dir "$path" "$ind  "
      echo "$ind</Directory>"
    elif [[ "$path" != "patcher.exe" && "$path" != "patcher.settings.json" ]]; then
      echo "$ind<Component Id=\"c$(id_of "$path" 24)\" Guid=\"$(guid_of "$path")\" Win64=\"yes\">"
      echo "$ind  <File Id=\"f$(id_of "$path" 24)\" Name=\"$(xml_escape "$name")\" Source=\"\$(var.PublishDir)/$(xml_escape "$path")\" KeyPath=\"yes\" />"
      echo "$ind</Component>"
    fi
  done
}
tree="$(harvest_dir "" "      ")"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<!-- Generated by installer/build.sh from the publish folder. -->'
  echo '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">'
  echo '  <Fragment>'
  echo '    <DirectoryRef Id="INSTALLFOLDER">'
  echo "$tree"
  echo '    </DirectoryRef>'
  echo '  </Fragment>'
  echo '  <Fragment>'
  echo '    <ComponentGroup Id="AgentFiles">'
  { grep -o '<Component Id="c[0-9a-f]*"' <<< "$tree" || true; } | sed 's/<Component Id="\(.*\)"/      <ComponentRef Id="\1" \/>/'
  echo '    </ComponentGroup>'
  echo '  </Fragment>'
  echo '</Wix>'
} > "$work/AgentFiles.wxs"

# wixl exits 0 on CRITICAL messages and prints GLib warnings for attributes it ignores: any stderr output fails the build.
(cd "$work" && wixl -a x64 -D Wixl=1 -D Version="$version" -D PublishDir=pub -o unsigned.msi Patcher.Agent.wxs AgentFiles.wxs) \
  2> "$work/wixl.stderr" || { cat "$work/wixl.stderr" >&2; die "wixl failed."; }
if [[ -s "$work/wixl.stderr" ]]; then
  cat "$work/wixl.stderr" >&2
  die "wixl printed diagnostics (above): the MSI may be broken, so the build stops."
fi
unsigned="$work/unsigned.msi"

# msiinfo export writes .idt text: three header lines, tab-separated columns, CRLF line ends.
table() { msiinfo export "$unsigned" "$1" | tr -d '\r' | tail -n +4; }

# What wixl cannot express, as SQL (the WiX Toolset gets the same from the <?ifndef var.Wixl?> parts of the .wxs).
sql() { msibuild "$unsigned" -q "$1" || die "msibuild failed: $1"; }
# Service failure actions (Windows Installer 5.0): restart after 1 min, 5 min, then every 15 min; reset after 1 day.
# Event 5 = msidbServiceConfigEventInstall (1) | msidbServiceConfigEventReinstall (4).
sql "CREATE TABLE \`MsiServiceConfigFailureActions\` (\`MsiServiceConfigFailureActions\` CHAR(72) NOT NULL, \`Name\` CHAR(255) NOT NULL LOCALIZABLE, \`Event\` SHORT NOT NULL, \`ResetPeriod\` LONG, \`RebootMessage\` CHAR(255) LOCALIZABLE, \`Command\` CHAR(255) LOCALIZABLE, \`Actions\` CHAR(255), \`DelayActions\` CHAR(255), \`Component_\` CHAR(72) NOT NULL PRIMARY KEY \`MsiServiceConfigFailureActions\`)"
sql "INSERT INTO \`MsiServiceConfigFailureActions\` (\`MsiServiceConfigFailureActions\`, \`Name\`, \`Event\`, \`ResetPeriod\`, \`Actions\`, \`DelayActions\`, \`Component_\`) VALUES ('PatcherAgentFailureActions', 'PatcherAgent', 5, 86400, '1[~]1[~]1', '60000[~]300000[~]900000', 'AgentService')"
# MsiConfigureServices runs after InstallServices (5800) and before StartServices (5900).
sql "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Condition\`, \`Sequence\`) VALUES ('MsiConfigureServices', 'VersionNT >= 600', 5850)"
# A registry value is written only when its property is set, so a blank property does not blank a setting.
for prop in REPORTSHARE PACKAGESOURCE TRUSTEDSIGNERS MODE; do
  component="$(table Registry | awk -F'\t' -v p="[$prop]" '$5 == p { print $6 }')"
  [[ -n "$component" ]] || die "no Registry row writes [$prop]."
  sql "UPDATE \`Component\` SET \`Condition\` = '$prop' WHERE \`Component\` = '$component'"
done
# msidbComponentAttributesNeverOverwrite (128): an admin's edits to patcher.settings.json survive repairs and upgrades.
sql "UPDATE \`Component\` SET \`Attributes\` = 384 WHERE \`Component\` = 'SettingsFile'"
# Public properties pass from the client to the elevated install (Secure="yes" in the WiX Toolset).
secure="$(table Property | awk -F'\t' '$1 == "SecureCustomProperties" { print $2 }')"
sql "UPDATE \`Property\` SET \`Value\` = '${secure:+$secure;}MODE;PACKAGESOURCE;REPORTSHARE;TRUSTEDSIGNERS' WHERE \`Property\` = 'SecureCustomProperties'"
sql "INSERT INTO \`LaunchCondition\` (\`Condition\`, \`Description\`) VALUES ('Installed OR NOT MODE OR MODE = \"scan-only\" OR MODE = \"scan-and-apply\"', 'MODE must be scan-only or scan-and-apply.')"
# The remember-property actions, in both sequences: Save before AppSearch, Restore after it and before LaunchConditions,
# so the command line wins over the values an upgrade reads back, and the MODE condition sees the command-line value.
# wixl places After="AppSearch" actions anywhere (one after InstallFinalize): the numbers are set here.
n=0
for prop in ReportShare PackageSource TrustedSigners Mode; do
  for seqtable in InstallExecuteSequence InstallUISequence; do
    for action in "SaveCmdLine$prop:$((41 + n))" "RestoreCmdLine$prop:$((51 + n))"; do
      sql "UPDATE \`$seqtable\` SET \`Sequence\` = ${action#*:} WHERE \`Action\` = '${action%%:*}'"
    done
  done
  n=$((n + 1))
done
# The service is started by StartAgentService (a deferred sc.exe start whose failure is ignored), right after StartServices.
# 3170 = an exe in a directory (34) + ignore its exit code (64) + deferred (1024) + no impersonation (2048).
directory_parent="$(table Directory | awk -F'\t' '$1 == "ProgramFiles64Folder" { print $2 }')"
table Directory | awk -F'\t' '$1 == "System64Folder" { found = 1 } END { exit !found }' \
  || sql "INSERT INTO \`Directory\` (\`Directory\`, \`Directory_Parent\`, \`DefaultDir\`) VALUES ('System64Folder', '$directory_parent', '.')"
sql "INSERT INTO \`CustomAction\` (\`Action\`, \`Type\`, \`Source\`, \`Target\`) VALUES ('StartAgentService', 3170, 'System64Folder', '\"[System64Folder]sc.exe\" start PatcherAgent')"
sql "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Condition\`, \`Sequence\`) VALUES ('StartAgentService', 'VersionNT AND NOT REMOVE~=\"ALL\"', 5910)"

# Check the tables: the rows the design needs, with the values it needs (the tests check them in more detail).
expect() { # table, awk condition, what it means
  table "$1" | awk -F'\t' "$2 { found = 1 } END { exit !found }" || die "table $1: missing $3."
}
expect Property '$1 == "ProductVersion" && $2 == "'"$version"'"' "ProductVersion $version"
expect Property '$1 == "UpgradeCode" && $2 == "{6F0E7E0B-6C47-4E0B-9B8B-3C1B5D7A2E41}"' "the UpgradeCode"
expect Property '$1 == "ALLUSERS" && $2 == "1"' "ALLUSERS=1 (per-machine)"
expect ServiceInstall '$2 == "PatcherAgent" && $5 == "2" && $9 == "LocalSystem" && $11 == "service"' "PatcherAgent, automatic, LocalSystem, 'service'"
expect ServiceControl '$2 == "PatcherAgent" && $3 == "162"' "PatcherAgent: stop on install/uninstall, remove on uninstall (162; started by StartAgentService)"
# 3170 = exe in a directory (34) + ignore the exit code (64) + deferred (1024) + no impersonation (2048).
expect CustomAction '$1 == "StartAgentService" && $2 == "3170" && $3 == "System64Folder" && $4 ~ /sc\.exe" start PatcherAgent$/' "StartAgentService, a deferred sc.exe start whose failure is ignored (3170)"
expect Upgrade '$7 == "WIX_DOWNGRADE_DETECTED"' "downgrade detection"
expect LaunchCondition '$1 == "NOT WIX_DOWNGRADE_DETECTED"' "the downgrade block"
expect File '$3 == "patcher.exe"' "patcher.exe"
expect MsiServiceConfigFailureActions '$2 == "PatcherAgent"' "failure actions"
# The order: every Save before AppSearch, every Restore after AppSearch and before LaunchConditions (and, in the execute
# sequence, before InstallInitialize: nothing is written before the command line is restored); StartAgentService after
# StartServices and before InstallFinalize.
check_order() { # table, then "A<B" pairs
  local t="$1" pair; shift
  local seqs; seqs="$(table "$t" | awk -F'\t' '{ print $1 "=" $3 }')"
  for pair in "$@"; do
    local a="${pair%%<*}" b="${pair#*<}" sa sb
    sa="$(sed -n "s/^$a=//p" <<< "$seqs")"; sb="$(sed -n "s/^$b=//p" <<< "$seqs")"
    [[ -n "$sa" && -n "$sb" ]] || die "table $t: $a or $b is not sequenced."
    ((sa < sb)) || die "table $t: $a ($sa) must run before $b ($sb)."
  done
}
for seqtable in InstallExecuteSequence InstallUISequence; do
  for prop in ReportShare PackageSource TrustedSigners Mode; do
    check_order "$seqtable" "SaveCmdLine$prop<AppSearch" "AppSearch<RestoreCmdLine$prop" "RestoreCmdLine$prop<LaunchConditions"
  done
done
check_order InstallExecuteSequence "LaunchConditions<InstallInitialize" "StartServices<StartAgentService" "StartAgentService<InstallFinalize"
if table Component | awk -F'\t' '!(and($4, 256)) { bad = 1 } END { exit !bad }' 2>/dev/null; then
  die "table Component: a component is not 64-bit (Win64=\"yes\" is needed on every one)."
fi

# Sign (Authenticode, SHA-256) and verify.
if [[ -n "$cert" ]]; then
  [[ -f "$cert" ]] || die "--cert $cert does not exist."
  [[ -n "${PATCHER_SIGNING_PASSWORD:-}" ]] || die "--cert needs the PFX password in \$PATCHER_SIGNING_PASSWORD."
  pass="$PATCHER_SIGNING_PASSWORD"
  cafile=""
else
  dev="$out/dev-cert"
  cert="$dev/patcher-dev.pfx" pass="patcher-dev" cafile="$dev/patcher-dev.crt"
  if [[ ! -f "$cert" ]]; then
    mkdir -p "$dev"
    openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=Patcher Development Code Signing/O=Patcher" \
      -addext "extendedKeyUsage=codeSigning" -keyout "$dev/patcher-dev.key" -out "$cafile" 2>/dev/null
    openssl pkcs12 -export -inkey "$dev/patcher-dev.key" -in "$cafile" -out "$cert" -passout "pass:$pass"
  fi
  echo "build.sh: signing with the development certificate $cafile (not for production: use --cert)." >&2
fi
rm -f "$msi"
osslsigncode sign -pkcs12 "$cert" -pass "$pass" -h sha256 -n "Patcher Agent" -i "https://github.com/patcher" \
  -in "$unsigned" -out "$msi" > "$work/sign.log" 2>&1 || { cat "$work/sign.log" >&2; die "osslsigncode sign failed."; }
if [[ -n "$cafile" ]]; then
  osslsigncode verify -CAfile "$cafile" -in "$msi" > "$work/verify.log" 2>&1 \
    || { cat "$work/verify.log" >&2; die "the signed MSI does not verify."; }
else
  # A production certificate chains to a CA the machine trusts; check the signature itself.
  osslsigncode verify -in "$msi" > "$work/verify.log" 2>&1 || { cat "$work/verify.log" >&2; die "the signed MSI does not verify."; }
fi
echo "$msi"
