using Patcher.Core.Apply;

namespace Patcher.Core.Tests.Apply;

/// <summary>
/// Real faults at chosen journal points: right after <c>step:n</c> is journaled (and before the step is done) the test
/// changes the host's files so that the step, or a later one, really fails (a folder where a file must be written, a
/// missing copy). <c>step:n</c> counts occurrences in the run, as <see cref="CrashPoints"/> does.
/// </summary>
internal static class JournalFaults
{
    public static ApplyOptions At(params (string Point, Action Fault)[] faults)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return new ApplyOptions
        {
            JournalWritten = (step, _) =>
            {
                seen[step] = seen.GetValueOrDefault(step) + 1;
                foreach (var (point, fault) in faults.Where(f => f.Point == $"{step}:{seen[step]}"))
                {
                    fault();
                }
            },
        };
    }

    /// <summary>Puts a non-empty folder where <paramref name="localPath"/> is: nothing can be renamed over it (not even by root).</summary>
    public static void Block(string localPath)
    {
        File.Delete(localPath);
        Directory.CreateDirectory(Path.Combine(localPath, "held"));
    }

    /// <summary>Removes what <see cref="Block"/> put there.</summary>
    public static void Unblock(string localPath) => Directory.Delete(localPath, recursive: true);
}
