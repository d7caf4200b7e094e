namespace Patcher.Packaging.Manifest;

/// <summary>The stable codes of <see cref="HotfixManifestException"/> (documented in <c>packaging/README.md</c>).</summary>
public static class HotfixManifestCodes
{
    /// <summary>The text is not JSON, or not a JSON object.</summary>
    public const string NotJson = "PKG001";

    /// <summary>A required field is missing or of the wrong JSON type.</summary>
    public const string MissingField = "PKG002";

    /// <summary>A field has a malformed value: a version, a SHA-256, a size, an empty string.</summary>
    public const string BadValue = "PKG003";

    /// <summary>The <c>schemaVersion</c> is not one this agent reads.</summary>
    public const string UnsupportedSchema = "PKG004";

    /// <summary>The fields contradict each other (KB, product, version range, payload versions, services).</summary>
    public const string Inconsistent = "PKG005";

    /// <summary>The embedded <c>fixBaseline</c> is invalid; the message carries its own <c>BL0xx</c> code.</summary>
    public const string BadBaseline = "PKG006";

    /// <summary>A payload <c>source</c> or <c>target</c> could point outside its place: <c>..</c>, rooted, drive, stream, device name.</summary>
    public const string UnsafePath = "PKG007";

    /// <summary>Two payload files share a <c>source</c> or a <c>target</c> (compared case-insensitively, as Windows does).</summary>
    public const string DuplicatePath = "PKG008";
}
