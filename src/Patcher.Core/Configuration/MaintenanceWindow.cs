namespace Patcher.Core.Configuration;

/// <summary>
/// When the agent may run: from <see cref="Start"/> to <see cref="End"/> (server local time) on each of <see cref="Days"/>.
/// A window whose end is before its start runs past midnight; its day is the day it opens.
/// </summary>
/// <param name="Start">Opening time of day.</param>
/// <param name="End">Closing time of day (exclusive); differs from <paramref name="Start"/>.</param>
/// <param name="Days">The days on which the window opens.</param>
public sealed record MaintenanceWindow(TimeOnly Start, TimeOnly End, IReadOnlySet<DayOfWeek> Days)
{
    /// <summary>Whether <paramref name="local"/> (server local time) is inside the window.</summary>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (Start < End)
        {
            return Days.Contains(local.DayOfWeek) && time >= Start && time < End;
        }

        // Past midnight: the evening part belongs to today, the morning part to yesterday's window.
        return (time >= Start && Days.Contains(local.DayOfWeek))
            || (time < End && Days.Contains(local.AddDays(-1).DayOfWeek));
    }

    /// <summary>The first moment at or after <paramref name="local"/> that is inside the window.</summary>
    public DateTime NextOpening(DateTime local)
    {
        if (Contains(local))
        {
            return local;
        }

        for (var day = 0; day <= 7; day++)
        {
            var opening = local.Date.AddDays(day).Add(Start.ToTimeSpan());
            if (opening > local && Days.Contains(opening.DayOfWeek))
            {
                return opening;
            }
        }

        throw new InvalidOperationException("A maintenance window without days never opens.");
    }
}
