using System.Globalization;

namespace Patcher.Core.Configuration;

/// <summary>Parses settings as admins write them (registry, JSON, ADMX); each parser says what it wanted on failure.</summary>
internal static class SettingText
{
    private static readonly char[] ListSeparators = [';', ',', ' ', '\t', '\r', '\n'];

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static string? Number(string raw, int min, int max, out int value)
    {
        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}");
    }

    /// <summary>A duration given as a whole number of <paramref name="unit"/>s between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static string? Duration(string raw, int min, int max, TimeSpan unit, out TimeSpan value)
    {
        var problem = Number(raw, min, max, out var count);
        value = unit * count;
        return problem;
    }

    /// <summary>A time of day written <c>HH:mm</c> (24-hour clock).</summary>
    public static string? TimeOfDay(string raw, out TimeOnly value) =>
        TimeOnly.TryParseExact(raw.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? null
            : "must be a time of day written HH:mm on the 24-hour clock, e.g. 02:00 or 22:30";

    /// <summary>Days of the week: <c>Mon,Tue</c> (three-letter or full English names), or <c>*</c> for every day.</summary>
    public static string? Days(string raw, out IReadOnlySet<DayOfWeek> value)
    {
        var days = new HashSet<DayOfWeek>();
        value = days;
        var words = raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words is ["*"])
        {
            days.UnionWith(Enum.GetValues<DayOfWeek>());
            return null;
        }

        foreach (var word in words)
        {
            var day = Enum.GetValues<DayOfWeek>().Where(d =>
                d.ToString().Equals(word, StringComparison.OrdinalIgnoreCase)
                || d.ToString()[..3].Equals(word, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (day.Length != 1)
            {
                return $"must list days such as Mon,Tue,Wed,Thu,Fri,Sat,Sun (or * for every day); '{word}' is not a day";
            }

            days.Add(day[0]);
        }

        return days.Count == 0 ? "must name at least one day, or * for every day" : null;
    }

    /// <summary>SHA-256 certificate fingerprints, separated by <c>;</c>, <c>,</c> or blanks; colons inside one are allowed.</summary>
    public static string? Fingerprints(string raw, out IReadOnlyList<string> value)
    {
        var fingerprints = new List<string>();
        value = fingerprints;
        foreach (var word in raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var hex = word.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant();
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            {
                return $"must be SHA-256 certificate fingerprints (64 hex digits each); '{word}' is not one";
            }

            if (!fingerprints.Contains(hex, StringComparer.Ordinal))
            {
                fingerprints.Add(hex);
            }
        }

        return null;
    }

    /// <summary>A full path or a UNC share (<c>\\server\share</c>).</summary>
    /// <summary>A switch as a REG_DWORD or JSON writes it: <c>1</c>/<c>0</c>, or <c>true</c>/<c>false</c>.</summary>
    public static string? Flag(string raw, out bool value)
    {
        var trimmed = raw.Trim();
        value = trimmed == "1" || trimmed.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || trimmed == "0" || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : "must be 1 (on) or 0 (off)";
    }

    public static string? Location(string raw, out string value)
    {
        value = raw.Trim();
        return value.StartsWith(@"\\", StringComparison.Ordinal) || Path.IsPathFullyQualified(value)
            ? null
            : @"must be a UNC share such as \\server\share or a full local path";
    }

    /// <summary>One of <paramref name="names"/> (case-insensitive).</summary>
    public static string? OneOf(string raw, IReadOnlyList<string> names, out int index)
    {
        var trimmed = raw.Trim();
        index = names.ToList().FindIndex(name => name.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? null : $"must be {string.Join(" or ", names)}";
    }

    /// <summary>Days as <see cref="Days"/> reads them, in week order.</summary>
    public static string ShowDays(IReadOnlySet<DayOfWeek> days) =>
        days.Count == 7 ? "*" : string.Join(",", days.Order().Select(d => d.ToString()[..3]));

    /// <summary>A time of day as <see cref="TimeOfDay"/> reads it.</summary>
    public static string ShowTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration as a whole number of <paramref name="unit"/>s.</summary>
    public static string ShowDuration(TimeSpan value, TimeSpan unit) =>
        ((long)(value / unit)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A ring's name (<see cref="Rollout.RingName"/>), case-insensitive; returned lower-case.</summary>
    public static string? Ring(string raw, out string value)
    {
        value = raw.Trim().ToLowerInvariant();
        return Rollout.RingName.IsValid(value)
            ? null
            : "must be a ring name: pilot, early, broad, or 1-32 letters, digits and - starting with a letter";
    }

    /// <summary>Ring names separated by <c>;</c>, <c>,</c> or blanks, each once, at least one.</summary>
    public static string? Rings(string raw, out IReadOnlyList<string> value)
    {
        var rings = new List<string>();
        value = rings;
        foreach (var word in raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Ring(word, out var ring) is { } problem)
            {
                return $"{problem}; '{word}' is not one";
            }

            if (rings.Contains(ring, StringComparer.Ordinal))
            {
                return $"must name each ring once; '{ring}' is named twice";
            }

            rings.Add(ring);
        }

        return rings.Count == 0 ? "must name at least one ring" : null;
    }

    /// <summary><c>ring=hours</c> pairs separated by <c>;</c>, <c>,</c> or blanks; hours from 0 to 8760.</summary>
    public static string? Deferrals(string raw, out IReadOnlyDictionary<string, TimeSpan> value)
    {
        var deferrals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        value = deferrals;
        foreach (var word in raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('=');
            if (parts.Length != 2 || Ring(parts[0], out var ring) is not null || Number(parts[1], 0, 8760, out var hours) is not null)
            {
                return $"must be ring=hours pairs such as early=24;broad=72 (hours 0 to 8760); '{word}' is not one";
            }

            deferrals[ring] = TimeSpan.FromHours(hours);
        }

        return null;
    }

    /// <summary>Deferrals as <see cref="Deferrals"/> reads them, in ring-name order.</summary>
    public static string ShowDeferrals(IReadOnlyDictionary<string, TimeSpan> deferrals) =>
        string.Join(";", deferrals.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={ShowDuration(d.Value, TimeSpan.FromHours(1))}"));
}
