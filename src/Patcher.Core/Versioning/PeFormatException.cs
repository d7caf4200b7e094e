using System.Globalization;

namespace Patcher.Core.Versioning;

/// <summary>
/// A file is not a PE image we can read a version resource from. <see cref="Code"/> is one of
/// <see cref="PeErrorCodes"/>; the message names the file, the byte offset and what was wrong.
/// </summary>
public sealed class PeFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="sourceName"/> at file offset <paramref name="offset"/>.</summary>
    public PeFormatException(string code, string sourceName, long offset, string detail)
        : base(Format(code, sourceName, offset, detail))
    {
        Code = code;
        SourceName = sourceName;
        Offset = offset;
    }

    /// <summary>The stable error code, one of <see cref="PeErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The file (or other source) that was being read.</summary>
    public string SourceName { get; }

    /// <summary>The file offset at which the problem was found.</summary>
    public long Offset { get; }

    private static string Format(string code, string sourceName, long offset, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}: {sourceName} at byte offset {offset} (0x{offset:X}): {detail}");
}
