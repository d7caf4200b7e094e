using Patcher.Core.Configuration;

namespace Patcher.Core.Tests.Configuration;

public sealed class MaintenanceWindowTests
{
    private static readonly MaintenanceWindow Weekend = new(new TimeOnly(2, 0), new TimeOnly(5, 0), new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday });
    private static readonly MaintenanceWindow OvernightFriday = new(new TimeOnly(22, 0), new TimeOnly(4, 0), new HashSet<DayOfWeek> { DayOfWeek.Friday });

    [Theory]
    [InlineData("2025-06-07 02:00", true)] // Saturday, at the opening
    [InlineData("2025-06-07 04:59", true)]
    [InlineData("2025-06-07 05:00", false)] // the end is exclusive
    [InlineData("2025-06-06 03:00", false)] // Friday
    public void Contains_SameDayWindow(string local, bool expected) =>
        Assert.Equal(expected, Weekend.Contains(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-06-06 23:00", true)] // Friday evening
    [InlineData("2025-06-07 03:00", true)] // Saturday morning: Friday's window
    [InlineData("2025-06-07 23:00", false)] // Saturday evening
    [InlineData("2025-06-06 03:00", false)] // Friday morning: Thursday's window, not set
    public void Contains_PastMidnight_BelongsToTheOpeningDay(string local, bool expected) =>
        Assert.Equal(expected, OvernightFriday.Contains(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NextOpening_OutsideTheWindow_NextDayItOpens() =>
        Assert.Equal(new DateTime(2025, 6, 7, 2, 0, 0), Weekend.NextOpening(new DateTime(2025, 6, 4, 12, 0, 0)));

    [Fact]
    public void NextOpening_Inside_IsNow() =>
        Assert.Equal(new DateTime(2025, 6, 8, 3, 0, 0), Weekend.NextOpening(new DateTime(2025, 6, 8, 3, 0, 0)));
}
