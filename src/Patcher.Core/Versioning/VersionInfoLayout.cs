namespace Patcher.Core.Versioning;

/// <summary>A parsed VS_VERSIONINFO with the file offsets a same-size rewrite (a version stamp) needs.</summary>
public sealed class VersionInfoLayout(long rootOffset, long fixedFileInfoOffset, FileVersion fileVersion, FileVersion productVersion, IReadOnlyList<VersionStringSlot> strings)
{
    /// <summary>File offset of the VS_VERSIONINFO block.</summary>
    public long RootOffset { get; } = rootOffset;

    /// <summary>File offset of VS_FIXEDFILEINFO (its dwSignature).</summary>
    public long FixedFileInfoOffset { get; } = fixedFileInfoOffset;

    /// <summary>VS_FIXEDFILEINFO's file version.</summary>
    public FileVersion FileVersion { get; } = fileVersion;

    /// <summary>VS_FIXEDFILEINFO's product version.</summary>
    public FileVersion ProductVersion { get; } = productVersion;

    /// <summary>Every String of every StringTable, in file order.</summary>
    public IReadOnlyList<VersionStringSlot> Strings { get; } = strings;
}
