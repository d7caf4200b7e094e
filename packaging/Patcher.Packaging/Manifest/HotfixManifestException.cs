namespace Patcher.Packaging.Manifest;

/// <summary>
/// A hotfix manifest (<c>hotfix.json</c>) is unusable. <see cref="Code"/> is a stable code (<c>PKG001</c>..<c>PKG008</c>,
/// listed in <see cref="HotfixManifestCodes"/>); <see cref="JsonPath"/> says where, e.g. <c>$.files[1].sha256</c>.
/// </summary>
public sealed class HotfixManifestException : Exception
{
    /// <summary>Creates the exception; the message starts with the code and the JSON path.</summary>
    public HotfixManifestException(string code, string jsonPath, string detail, Exception? innerException = null)
        : base($"{code}: hotfix manifest at {jsonPath}: {detail}", innerException)
    {
        Code = code;
        JsonPath = jsonPath;
    }

    /// <summary>The stable code, one of <see cref="HotfixManifestCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Where in the document the problem is, e.g. <c>$.applicability.maximumVersion</c>; <c>$</c> for the whole document.</summary>
    public string JsonPath { get; }
}
