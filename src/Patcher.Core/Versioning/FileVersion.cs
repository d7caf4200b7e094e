using System.Globalization;

namespace Patcher.Core.Versioning;

/// <summary>
/// A four-part Windows file version (<c>major.minor.build.revision</c>, each 0–65535), as carried
/// by VS_FIXEDFILEINFO; for example the Exchange 5.5 SP4 MTA, <c>5.5.2653.23</c>.
/// </summary>
public readonly record struct FileVersion : IComparable<FileVersion>, IComparable
{
    private const int MaxPart = ushort.MaxValue;

    /// <summary>Creates a version; every part must be in 0–65535.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or above 65535.</exception>
    public FileVersion(int major, int minor, int build, int revision)
    {
        Major = CheckPart(major);
        Minor = CheckPart(minor);
        Build = CheckPart(build);
        Revision = CheckPart(revision);
    }

    /// <summary>The major version (5 for Exchange 5.5).</summary>
    public int Major { get; }

    /// <summary>The minor version (5 for Exchange 5.5).</summary>
    public int Minor { get; }

    /// <summary>The build number (2653 for Exchange 5.5 SP4).</summary>
    public int Build { get; }

    /// <summary>The revision (23 for the SP4 MTA).</summary>
    public int Revision { get; }

    /// <summary>Parses exactly four dot-separated decimal parts, such as <c>5.5.2653.23</c>.</summary>
    /// <exception cref="FormatException">The text is not such a version.</exception>
    public static FileVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a file version: expected four dot-separated numbers 0-65535, such as 5.5.2653.23.");
    }

    /// <summary>Tries to parse exactly four dot-separated decimal parts, such as <c>5.5.2653.23</c>.</summary>
    public static bool TryParse(string? text, out FileVersion version) => TryParse(text.AsSpan(), out version);

    /// <summary>Tries to parse exactly four dot-separated decimal parts, such as <c>5.5.2653.23</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out FileVersion version)
    {
        version = default;
        Span<int> parts = stackalloc int[4];
        var rest = text;
        for (var i = 0; i < 4; i++)
        {
            var dot = rest.IndexOf('.');
            var last = i == 3;
            if (last != (dot < 0))
            {
                return false;
            }

            var part = last ? rest : rest[..dot];
            if (part.IsEmpty || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]) || parts[i] > MaxPart)
            {
                return false;
            }

            rest = last ? default : rest[(dot + 1)..];
        }

        version = new FileVersion(parts[0], parts[1], parts[2], parts[3]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(FileVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0) c = Minor.CompareTo(other.Minor);
        if (c == 0) c = Build.CompareTo(other.Build);
        return c != 0 ? c : Revision.CompareTo(other.Revision);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FileVersion other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a FileVersion.", nameof(obj)),
    };

    /// <summary>Formats as <c>major.minor.build.revision</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Build}.{Revision}");

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(FileVersion left, FileVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(FileVersion left, FileVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(FileVersion left, FileVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(FileVersion left, FileVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The high DWORD as stored in VS_FIXEDFILEINFO (<c>dwFileVersionMS</c>).</summary>
    public uint MostSignificant => ((uint)Major << 16) | (uint)Minor;

    /// <summary>The low DWORD as stored in VS_FIXEDFILEINFO (<c>dwFileVersionLS</c>).</summary>
    public uint LeastSignificant => ((uint)Build << 16) | (uint)Revision;

    internal static FileVersion FromFixedInfo(uint mostSignificant, uint leastSignificant) =>
        new((int)(mostSignificant >> 16), (int)(mostSignificant & 0xFFFF), (int)(leastSignificant >> 16), (int)(leastSignificant & 0xFFFF));

    private static int CheckPart(int value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxPart, name);
        return value;
    }
}
