using System.Globalization;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;

namespace Patcher.Agent.Scan;

/// <summary>The human output of <c>scan</c> and <c>check</c>: a table, then per installation the reasons behind it.</summary>
internal static class ScanTableWriter
{
    public static void Write(TextWriter output, ScanTarget target, IReadOnlyList<SurveyedInstallation> surveyed, int? exitCode)
    {
        var host = target.Platform.MachineName;
        var observed = target.Platform.Time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (surveyed.Count == 0)
        {
            output.WriteLine($"{host}: no MTA installation found ({observed}).");
        }
        else
        {
            var check = exitCode is not null;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{host}: {surveyed.Count} MTA installation(s) ({observed}; hung after {target.Health.HungAfter.TotalSeconds:0.###} s)"));
            output.WriteLine();
            Table(surveyed, check).Write(output);
            foreach (var s in surveyed)
            {
                Details(output, s);
            }
        }

        if (exitCode is { } code)
        {
            output.WriteLine();
            output.WriteLine($"result: {CheckExitCodes.Name(code)} (exit {code})");
        }
    }

    private static TextTable Table(IReadOnlyList<SurveyedInstallation> surveyed, bool check)
    {
        string[] headers = ["SERVICE", "ROOT", MtaFiles.Emsmta, MtaFiles.X400om, "STATE", "EXIT", "QUEUE", "HEALTH"];
        var table = new TextTable(check ? [.. headers, "VERDICT"] : headers);
        foreach (var s in surveyed)
        {
            var i = s.Installation;
            var h = s.Health;
            string[] cells =
            [
                i.ServiceName ?? "(no service)",
                i.InstallRoot,
                FileCell(i.FindFile(MtaFiles.Emsmta)),
                FileCell(i.FindFile(MtaFiles.X400om)),
                h.Status is { } status ? ScanDocumentBuilder.StateName(status.State) : "-",
                h.Status is { } exit ? exit.Win32ExitCode.ToString(CultureInfo.InvariantCulture) : "-",
                h.Queue is { } queue ? queue.QueueLength.ToString(CultureInfo.InvariantCulture) : "-",
                h.Verdict.ToName(),
            ];
            table.Add(check ? [.. cells, s.Assessment?.Verdict.ToName() ?? "-"] : cells);
        }

        return table;
    }

    private static void Details(TextWriter output, SurveyedInstallation s)
    {
        output.WriteLine();
        output.WriteLine($"{s.Installation.ServiceName ?? s.Installation.InstallRoot}:");
        if (s.Assessment is { } assessment)
        {
            output.WriteLine($"  verdict: {assessment.Verdict.ToName()}: {assessment.Reason}");
        }

        output.WriteLine($"  health:  {s.Health.Verdict.ToName()}: {s.Health.Reason}");
        if (s.RunningTheFix is { } running)
        {
            output.WriteLine($"  running: {running.Name} {running.State.ToString().ToLowerInvariant()}: {running.Evidence}");
        }

        foreach (var file in s.Installation.Files.Where(f => f.Status != FileEvidenceStatus.Read || f.Name == MtaFiles.Mtamsg))
        {
            output.WriteLine($"  file:    {file.Name} {FileCell(file)}{(file.Error is null ? "" : ": " + file.Error)}");
        }

        foreach (var disagreement in s.Installation.Disagreements)
        {
            output.WriteLine($"  note:    {disagreement.Message}");
        }

        if (s.Installation.CleanStopMarkerPresent == false)
        {
            output.WriteLine($"  note:    {MtaFiles.CleanStopMarker} is missing from {s.Installation.DatabasePath}: the MTA did not stop cleanly.");
        }

        foreach (var e in s.Health.ScmEvents)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  event:   {e.TimeGenerated:yyyy-MM-dd HH:mm:ss} {e.Source} {e.EventId}: {e.Message}"));
        }
    }

    private static string FileCell(MtaFileEvidence? file) => file switch
    {
        null => "-",
        { Version: { } version } => version.ToString(),
        { ErrorCode: { } code } => $"{file.Status.ToName()} {code}",
        _ => file.Status.ToName(),
    };
}
