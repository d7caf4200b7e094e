using Patcher.Core.Configuration;

namespace Patcher.Agent.Service;

/// <summary>When the service's next run is due: at start-up, then every interval, moved into the maintenance window if one is set.</summary>
internal static class AgentSchedule
{
    /// <summary>
    /// The next run at or after <paramref name="now"/>: <paramref name="lastRun"/> + the interval (now when there was none
    /// or it is overdue), then the window's next opening if that moment is outside it. The window is in <paramref name="zone"/>.
    /// </summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? lastRun, AgentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(settings);
        var due = lastRun is { } last && last + settings.RunInterval > now ? last + settings.RunInterval : now;
        if (settings.MaintenanceWindow is not { } window)
        {
            return due;
        }

        var local = TimeZoneInfo.ConvertTime(due, zone).DateTime;
        var opening = window.NextOpening(local);
        return opening == local ? due : new DateTimeOffset(opening, zone.GetUtcOffset(opening));
    }
}
