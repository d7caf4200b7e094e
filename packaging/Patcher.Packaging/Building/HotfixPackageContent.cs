namespace Patcher.Packaging.Building;

/// <summary>
/// What a hotfix package carries besides the Q248732 definition: its identity, whether it is a lab package, and the staged
/// payload files (one build per machine). Made by <see cref="VendorPayload.Read"/> for production; the lab makes its own.
/// </summary>
/// <param name="PackageId">The package id, e.g. <c>Patcher.Hotfix.Q248732</c>.</param>
/// <param name="PackageVersion">The package version, e.g. <c>1.0.0</c>.</param>
/// <param name="LabOnly">Whether the package carries stand-in binaries; apply refuses it on production agents.</param>
/// <param name="Files">The payload files with their manifest entries.</param>
public sealed record HotfixPackageContent(string PackageId, string PackageVersion, bool LabOnly, IReadOnlyList<StagedPayloadFile> Files)
{
    /// <summary>The package's file name: <c>&lt;id&gt;.&lt;version&gt;.nupkg</c>.</summary>
    public string FileName => $"{PackageId}.{PackageVersion}.nupkg";
}
