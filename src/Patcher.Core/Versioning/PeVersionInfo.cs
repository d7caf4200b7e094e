namespace Patcher.Core.Versioning;

/// <summary>What a PE file's version resource (VS_VERSIONINFO) says about it.</summary>
public sealed class PeVersionInfo
{
    internal PeVersionInfo(string sourceName, FileVersion fileVersion, FileVersion productVersion, string? stringTable, IReadOnlyDictionary<string, string> strings)
    {
        SourceName = sourceName;
        FileVersion = fileVersion;
        ProductVersion = productVersion;
        StringTable = stringTable;
        Strings = strings;
    }

    /// <summary>The file the resource was read from.</summary>
    public string SourceName { get; }

    /// <summary>The binary file version from VS_FIXEDFILEINFO; the one that tells whether a host is patched.</summary>
    public FileVersion FileVersion { get; }

    /// <summary>The COFF header's machine (i386, alpha, ...): which processor the image is for.</summary>
    public PeMachine Machine { get; internal init; }

    /// <summary>The binary product version from VS_FIXEDFILEINFO.</summary>
    public FileVersion ProductVersion { get; }

    /// <summary>The language/code-page key of the first string table, such as <c>040904B0</c>; null when there is none.</summary>
    public string? StringTable { get; }

    /// <summary>The first string table's entries (CompanyName, FileVersion, ...), keys compared ordinally.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; }

    /// <summary>The value of string <paramref name="key"/>, or null when the table lacks it.</summary>
    public string? GetString(string key) => Strings.TryGetValue(key, out var value) ? value : null;
}
