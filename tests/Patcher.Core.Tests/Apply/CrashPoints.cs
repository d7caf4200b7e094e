using Patcher.Core.Apply;

namespace Patcher.Core.Tests.Apply;

/// <summary>Every point an operation journals, found by running it once and listening: <c>step:n</c>, n the occurrence.</summary>
internal static class CrashPoints
{
    public static async Task<IReadOnlyList<string>> OfAsync(Func<ApplyOptions, Task> operation)
    {
        var points = new List<string>();
        await operation(new ApplyOptions { JournalWritten = Recorder(points) });
        return points;
    }

    /// <summary>A hook that throws <see cref="SimulatedCrash"/> at <paramref name="point"/>.</summary>
    public static ApplyOptions CrashAt(string point)
    {
        var seen = new List<string>();
        var record = Recorder(seen);
        return new ApplyOptions
        {
            JournalWritten = (step, item) =>
            {
                record(step, item);
                if (seen[^1] == point)
                {
                    throw new SimulatedCrash(point);
                }
            },
        };
    }

    private static Action<string, int?> Recorder(List<string> points) => (step, _) =>
    {
        var occurrence = points.Count(p => p.StartsWith(step + ":", StringComparison.Ordinal)) + 1;
        points.Add($"{step}:{occurrence}");
    };
}
