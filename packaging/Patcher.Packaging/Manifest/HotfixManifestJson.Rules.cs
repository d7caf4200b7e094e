using System.Globalization;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Packaging.Manifest;

/// <summary>The rules a manifest must keep beyond its field types; the same for reading and for writing.</summary>
public static partial class HotfixManifestJson
{
    private static void Validate(HotfixManifest manifest)
    {
        if (manifest.SchemaVersion != HotfixManifest.CurrentSchemaVersion)
        {
            throw new HotfixManifestException(HotfixManifestCodes.UnsupportedSchema, "$.schemaVersion", $"schemaVersion {manifest.SchemaVersion} is not {HotfixManifest.CurrentSchemaVersion}.");
        }

        ValidateApplicability(manifest);
        ValidateFiles(manifest);
        ValidateServices(manifest);
    }

    private static void ValidateApplicability(HotfixManifest manifest)
    {
        var rules = manifest.Applicability;
        var baseline = manifest.Baseline;
        if (!rules.Product.Equals(baseline.Product, StringComparison.OrdinalIgnoreCase))
        {
            throw Inconsistent("$.applicability.product", $"'{rules.Product}' differs from fixBaseline.product '{baseline.Product}'.");
        }

        if (!baseline.AppliesToVersion(rules.MinimumVersion) || !baseline.AppliesToVersion(rules.MaximumVersion))
        {
            throw Inconsistent("$.applicability", $"the range {rules.MinimumVersion} .. {rules.MaximumVersion} must lie within {baseline.AppliesTo} (fixBaseline.appliesTo).");
        }

        if (rules.MinimumVersion > rules.MaximumVersion)
        {
            throw Inconsistent("$.applicability.minimumVersion", $"{rules.MinimumVersion} is above maximumVersion {rules.MaximumVersion}.");
        }
    }

    private static void ValidateFiles(HotfixManifest manifest)
    {
        if (manifest.Files.Count == 0)
        {
            throw Inconsistent("$.files", "the package must carry at least one file.");
        }

        var sources = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var targets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < manifest.Files.Count; i++)
        {
            var file = manifest.Files[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.files[{i}]");
            var problem = PayloadPath.SourceProblem(file.Source);
            if (problem is not null)
            {
                throw new HotfixManifestException(HotfixManifestCodes.UnsafePath, $"{path}.source", $"'{file.Source}' is refused: {problem}.");
            }

            problem = PayloadPath.TargetProblem(file.Target);
            if (problem is not null)
            {
                throw new HotfixManifestException(HotfixManifestCodes.UnsafePath, $"{path}.target", $"'{file.Target}' is refused: {problem}.");
            }

            if (!PeMachine.Exchange55.Contains(file.Machine))
            {
                throw new HotfixManifestException(HotfixManifestCodes.BadValue, $"{path}.machine", $"'{file.Machine}' is not a machine an Exchange 5.5 build exists for: expected i386 or alpha.");
            }

            // One target per machine: an Intel and an Alpha build may both carry BIN\EMSMTA.EXE; apply installs one of them.
            Unique(sources, file.Source, i, $"{path}.source");
            Unique(targets, $"{file.Target.Replace('/', '\\')} ({file.Machine})", i, $"{path}.target");
            ValidateFixFileVersion(manifest, file, path);
        }

        foreach (var machine in manifest.Files.Select(f => f.Machine).Distinct())
        {
            foreach (var fixFile in manifest.Baseline.FixFiles)
            {
                if (!manifest.Files.Any(f => f.Machine == machine && TargetFileName(f).Equals(fixFile, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Inconsistent("$.files", $"fixBaseline.fixFiles names {fixFile}, but no {machine} payload file targets it: the package would leave a {machine} host half-patched.");
                }
            }
        }
    }

    // A fix file must reach at least the hotfix build, and be newer than every MTA the package may replace: never a downgrade.
    private static void ValidateFixFileVersion(HotfixManifest manifest, PayloadFile file, string path)
    {
        if (!manifest.Baseline.FixFiles.Contains(TargetFileName(file), StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        if (file.FileVersion < manifest.Baseline.HotfixMinimum || file.FileVersion <= manifest.Applicability.MaximumVersion)
        {
            throw Inconsistent(
                $"{path}.fileVersion",
                $"{TargetFileName(file)} at {file.FileVersion} must be at least {manifest.Baseline.HotfixMinimum} (fixBaseline.hotfixMinimum) and above {manifest.Applicability.MaximumVersion} (applicability.maximumVersion).");
        }
    }

    private static void ValidateServices(HotfixManifest manifest)
    {
        var stopOrder = manifest.Services.StopOrder;
        if (stopOrder.Count == 0 || stopOrder.Any(string.IsNullOrWhiteSpace))
        {
            throw Inconsistent("$.services.stopOrder", "must name at least one service, none empty.");
        }

        if (stopOrder.Distinct(StringComparer.OrdinalIgnoreCase).Count() != stopOrder.Count)
        {
            throw Inconsistent("$.services.stopOrder", "names a service twice.");
        }

        if (!stopOrder.Contains(manifest.Verification.Service, StringComparer.OrdinalIgnoreCase))
        {
            throw Inconsistent("$.verification.service", $"'{manifest.Verification.Service}' is not among the services stopped ({string.Join(", ", stopOrder)}).");
        }
    }

    private static void Unique(Dictionary<string, int> seen, string key, int index, string path)
    {
        if (!seen.TryAdd(key, index))
        {
            throw new HotfixManifestException(
                HotfixManifestCodes.DuplicatePath,
                path,
                string.Create(CultureInfo.InvariantCulture, $"'{key}' is already used by $.files[{seen[key]}]."));
        }
    }

    private static string TargetFileName(PayloadFile file)
    {
        var target = file.Target.Replace('/', '\\');
        return target[(target.LastIndexOf('\\') + 1)..];
    }

    private static HotfixManifestException Inconsistent(string path, string detail) => new(HotfixManifestCodes.Inconsistent, path, detail);
}
