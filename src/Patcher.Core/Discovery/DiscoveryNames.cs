namespace Patcher.Core.Discovery;

/// <summary>The stable kebab-case names of discovery's enums, as reports and JSON documents write them.</summary>
public static class DiscoveryNames
{
    /// <summary><c>read</c>, <c>missing</c>, <c>malformed</c> or <c>unreadable</c>.</summary>
    public static string ToName(this FileEvidenceStatus status) => status switch
    {
        FileEvidenceStatus.Read => "read",
        FileEvidenceStatus.Missing => "missing",
        FileEvidenceStatus.Malformed => "malformed",
        FileEvidenceStatus.Unreadable => "unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary><c>newest-build-vs-files</c>, <c>image-path-vs-setup-root</c>, <c>service-vs-registry-image-path</c> or <c>setup-key-missing</c>.</summary>
    public static string ToName(this DisagreementKind kind) => kind switch
    {
        DisagreementKind.NewestBuildVsFiles => "newest-build-vs-files",
        DisagreementKind.ImagePathVsSetupRoot => "image-path-vs-setup-root",
        DisagreementKind.ServiceVsRegistryImagePath => "service-vs-registry-image-path",
        DisagreementKind.SetupKeyMissing => "setup-key-missing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
