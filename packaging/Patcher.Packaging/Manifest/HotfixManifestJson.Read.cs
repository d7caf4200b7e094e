using Patcher.Core.Assessment;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Packaging.Manifest;

/// <summary>Reading the fields of <c>hotfix.json</c>.</summary>
public static partial class HotfixManifestJson
{
    private static HotfixManifest ReadFields(JsonFields root)
    {
        root.RequireObject();
        var schema = root.Int("schemaVersion");
        if (schema == 1)
        {
            // Schema 1 named no machine per file and had no labOnly mark: apply cannot tell an Alpha build from an Intel one,
            // nor a lab package from a production one, so such a package is rebuilt rather than guessed at.
            throw new HotfixManifestException(
                HotfixManifestCodes.UnsupportedSchema,
                root.PathOf("schemaVersion"),
                $"schemaVersion 1 is no longer accepted: it records no PE machine per file and no labOnly mark. Rebuild the package with 'patcher package build --payload DIR' (schema {HotfixManifest.CurrentSchemaVersion}).");
        }

        if (schema != HotfixManifest.CurrentSchemaVersion)
        {
            throw new HotfixManifestException(
                HotfixManifestCodes.UnsupportedSchema,
                root.PathOf("schemaVersion"),
                $"schemaVersion {schema} is not supported; this agent reads {HotfixManifest.CurrentSchemaVersion}. Use an agent that knows this schema, or a package built for this agent.");
        }

        var packageId = root.NonEmptyString("packageId");
        var packageVersion = root.NonEmptyString("packageVersion");
        var kbArticle = root.NonEmptyString("kbArticle");
        var title = root.NonEmptyString("title");
        var labOnly = root.Bool("labOnly");
        var baseline = ReadBaseline(root);
        if (!kbArticle.Equals(baseline.KbArticle, StringComparison.OrdinalIgnoreCase))
        {
            throw new HotfixManifestException(
                HotfixManifestCodes.Inconsistent,
                root.PathOf("kbArticle"),
                $"'{kbArticle}' differs from fixBaseline.kbArticle '{baseline.KbArticle}'.");
        }

        var applicability = root.Object("applicability");
        var services = root.Object("services");
        var verification = root.Object("verification");
        return new HotfixManifest(
            schema,
            packageId,
            packageVersion,
            title,
            baseline,
            new PackageApplicability(
                applicability.NonEmptyString("product"),
                applicability.Version("minimumVersion"),
                applicability.Version("maximumVersion")),
            root.Objects("files").Select(ReadFile).ToArray(),
            new ServicePlan(services.NonEmptyStrings("stopOrder")),
            new VerificationRequirements(
                verification.NonEmptyString("service"),
                verification.Int("forbiddenExitCode"),
                verification.Ints("forbiddenEvents"),
                verification.Bool("requireQueueProgress"),
                verification.Bool("requirePoisonRejected"),
                verification.Int("expectedDiagnostic")))
        {
            LabOnly = labOnly,
        };
    }

    private static FixBaseline ReadBaseline(JsonFields root)
    {
        var element = root.Object("fixBaseline");
        try
        {
            return FixBaselineJson.Read(element.Element);
        }
        catch (FixBaselineException exception)
        {
            throw new HotfixManifestException(HotfixManifestCodes.BadBaseline, element.Path, exception.Message, exception);
        }
    }

    private static PayloadFile ReadFile(JsonFields file)
    {
        var sha256 = file.NonEmptyString("sha256");
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new HotfixManifestException(HotfixManifestCodes.BadValue, file.PathOf("sha256"), $"'{sha256}' is not a SHA-256: expected 64 lowercase hex digits.");
        }

        var size = file.Long("size");
        if (size < 0)
        {
            throw new HotfixManifestException(HotfixManifestCodes.BadValue, file.PathOf("size"), $"{size} is negative.");
        }

        var machineText = file.NonEmptyString("machine");
        if (!PeMachine.TryParse(machineText, out var machine))
        {
            throw new HotfixManifestException(HotfixManifestCodes.BadValue, file.PathOf("machine"), $"'{machineText}' is not a machine name: expected i386 or alpha.");
        }

        return new PayloadFile(file.NonEmptyString("source"), file.NonEmptyString("target"), file.Version("fileVersion"), machine, sha256, size);
    }
}
