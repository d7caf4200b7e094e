using Patcher.Core.Versioning;

namespace Patcher.Lab.Versioning;

/// <summary>What <see cref="PeVersionStamper"/> changed in an image, and what it had to leave alone.</summary>
public sealed class PeStampResult
{
    /// <summary>The binary file version before stamping.</summary>
    public required FileVersion PreviousFileVersion { get; init; }

    /// <summary>The binary product version before stamping.</summary>
    public required FileVersion PreviousProductVersion { get; init; }

    /// <summary>The binary file version now in VS_FIXEDFILEINFO.</summary>
    public required FileVersion FileVersion { get; init; }

    /// <summary>The binary product version now in VS_FIXEDFILEINFO.</summary>
    public required FileVersion ProductVersion { get; init; }

    /// <summary>Strings rewritten, as <c>table\key</c>, such as <c>040904B0\FileVersion</c>.</summary>
    public required IReadOnlyList<string> UpdatedStrings { get; init; }

    /// <summary>Strings left as they were because the new text did not fit their slot, each with the reason.</summary>
    public required IReadOnlyList<string> UnchangedStrings { get; init; }

    /// <summary>Whether the optional header CheckSum was non-zero and has been recomputed.</summary>
    public bool ChecksumUpdated { get; init; }

    /// <summary>Whether the image carried an Authenticode signature, which the edit has invalidated.</summary>
    public bool SignatureInvalidated { get; init; }

    /// <summary>Whether every FileVersion and ProductVersion string now matches the binary versions.</summary>
    public bool AllStringsUpdated => UnchangedStrings.Count == 0;
}
