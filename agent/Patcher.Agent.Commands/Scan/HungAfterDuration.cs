using System.Globalization;

namespace Patcher.Agent.Scan;

/// <summary>Parses <c>--hung-after</c>: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>500ms</c>, or a TimeSpan such as <c>00:15:00</c>.</summary>
internal static class HungAfterDuration
{
    private static readonly (string Suffix, double Scale)[] Units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];

    /// <summary>The positive duration <paramref name="text"/> names, or false.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(text);
        duration = default;
        var trimmed = text.Trim();
        foreach (var (suffix, scale) in Units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                duration = TimeSpan.FromSeconds(amount * scale);
                return duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(7);
            }
        }

        return trimmed.Contains(':', StringComparison.Ordinal)
            && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out duration)
            && duration > TimeSpan.Zero;
    }
}
