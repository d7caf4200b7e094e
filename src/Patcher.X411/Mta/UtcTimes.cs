namespace Patcher.X411.Mta;

/// <summary>Times as a UTCTime carries them.</summary>
internal static class UtcTimes
{
    /// <summary>X.680 47: a UTCTime holds whole seconds; the fraction is dropped so decode(encode(t)) == t.</summary>
    public static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
