using System.Globalization;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Demo;

/// <summary>The demo's fault on a host, and its operator's fix: through host.json <c>mtaStartFailures</c>, which the lab MTA reads at each start.</summary>
internal sealed partial class DemoLab
{
    /// <summary>
    /// The MTA's next starts that fail when the demo makes it fail after the patch: the patched MTA's start and its
    /// retries (the breaker opens after 3 crashes in a row), then the first start of the apply's undo; its second start
    /// runs the originals, so the run ends rolled-back. 4 keeps that story with one start more or less either side.
    /// </summary>
    public const int StartsFailedAfterPatch = 4;

    /// <summary>Makes the MTA of <paramref name="host"/> fail its next <paramref name="count"/> starts; returns a line for the display.</summary>
    public string FailNextStarts(DemoHost host, int count)
    {
        var paths = Paths(host);
        var attempts = StartAttempts(paths);
        var definition = LabHostDefinition.Load(paths);
        (definition with { MtaStartFailures = attempts + count }).Save(paths);
        return string.Create(CultureInfo.InvariantCulture,
            $"{host.Name}: its MTA's next {count} starts will fail (host.json mtaStartFailures {attempts + count}, {attempts} start(s) so far)");
    }

    /// <summary>What an operator does once the cause is found: the MTA starts again; returns a line for the display.</summary>
    public string ClearStartFailures(DemoHost host)
    {
        var paths = Paths(host);
        (LabHostDefinition.Load(paths) with { MtaStartFailures = 0 }).Save(paths);
        return $"{host.Name}: the operator fixed what kept its MTA from starting (host.json mtaStartFailures 0)";
    }

    /// <summary>How many times the lab MTA has tried to start (its database's <c>start-attempts</c>).</summary>
    private static int StartAttempts(LabHostPaths paths)
    {
        var file = Path.Combine(paths.DriveC, "EXCHSRVR", "MTADATA", "start-attempts");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) ? attempts : 0;
    }
}
