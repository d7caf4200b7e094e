namespace Patcher.Core.Versioning;

/// <summary>
/// The stable codes a <see cref="PeFormatException"/> carries; search for them in the docs.
/// Offsets in messages are file offsets.
/// </summary>
public static class PeErrorCodes
{
    /// <summary>The file is empty.</summary>
    public const string Empty = "PE001";

    /// <summary>The file is larger than <see cref="PeVersionReader.MaxImageSize"/>.</summary>
    public const string TooLarge = "PE002";

    /// <summary>No <c>MZ</c> DOS signature, or the 64-byte DOS header is truncated.</summary>
    public const string NotMz = "PE003";

    /// <summary><c>e_lfanew</c> points outside the file.</summary>
    public const string BadNtHeaderOffset = "PE004";

    /// <summary>No <c>PE\0\0</c> signature at <c>e_lfanew</c>.</summary>
    public const string BadPeSignature = "PE005";

    /// <summary>The 20-byte COFF file header is truncated.</summary>
    public const string TruncatedCoffHeader = "PE006";

    /// <summary>The optional header is truncated or too small for its own fields and data directories.</summary>
    public const string BadOptionalHeader = "PE007";

    /// <summary>The optional header magic is neither PE32 (0x10B) nor PE32+ (0x20B).</summary>
    public const string UnknownOptionalHeaderMagic = "PE008";

    /// <summary>The section table, or a section's raw data, runs past the end of the file.</summary>
    public const string BadSectionTable = "PE009";

    /// <summary>The image has no resource directory, or no RT_VERSION resource in it.</summary>
    public const string NoVersionResource = "PE010";

    /// <summary>An RVA (resource directory or resource data) lies in no section's raw data.</summary>
    public const string UnmappedRva = "PE011";

    /// <summary>A resource directory, its entry table or a data entry runs past the resource section.</summary>
    public const string ResourceDirectoryOutOfBounds = "PE012";

    /// <summary>The resource directory loops back on itself or nests deeper than type/name/language.</summary>
    public const string ResourceDirectoryCycle = "PE013";

    /// <summary>The version resource, or its VS_VERSIONINFO length, runs past the data it lives in.</summary>
    public const string VersionInfoOutOfBounds = "PE014";

    /// <summary>VS_VERSIONINFO is malformed: wrong key, missing fixed info, or a child block overruns its parent.</summary>
    public const string BadVersionInfo = "PE015";

    /// <summary>VS_FIXEDFILEINFO does not start with the signature 0xFEEF04BD.</summary>
    public const string BadFixedFileInfoSignature = "PE016";
}
