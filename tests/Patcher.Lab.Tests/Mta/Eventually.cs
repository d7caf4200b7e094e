namespace Patcher.Lab.Tests.Mta;

/// <summary>Waits, in real time and bounded, for something another thread or process does.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> every 20 ms; <paramref name="tick"/> runs between polls (e.g. to advance fake time).</summary>
    public static async Task True(Func<bool> condition, string what, Action? tick = null, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)((timeout ?? Timeout).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            tick?.Invoke();
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    /// <summary>Whether <paramref name="task"/> is still running after <paramref name="wait"/> of real time.</summary>
    public static async Task<bool> StillRunningAfter(Task task, TimeSpan wait)
    {
        await Task.WhenAny(task, Task.Delay(wait, TimeProvider.System));
        return !task.IsCompleted;
    }
}
