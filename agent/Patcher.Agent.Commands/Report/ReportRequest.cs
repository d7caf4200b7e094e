using System.Text;
using Patcher.Agent.Cli;
using Patcher.Agent.Ndr;
using Patcher.Core.Files;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Report;

/// <summary>One <c>patcher report</c> invocation: read the folder, write what was asked for, return the exit code.</summary>
/// <param name="Folder">The folder of host reports.</param>
/// <param name="Html">Where to write the HTML report, if anywhere.</param>
/// <param name="Csv">Where to write the CSV, if anywhere.</param>
/// <param name="Json">Whether to print JSON on stdout.</param>
/// <param name="OutFolder">A folder to write <c>report.html</c>, <c>report.csv</c> and <c>report.json</c> into.</param>
public sealed record ReportRequest(string Folder, string? Html, string? Csv, bool Json, string? OutFolder)
{
    public static int Run(CliContext context, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);

        // Where the outputs go is checked before the fleet is read: an output that can never be written is a usage
        // error, said once, not a second line after the fleet's verdict.
        if (request.OutputProblem() is { } outputProblem)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: cannot write {outputProblem}; nothing was written.");
            return ExitCodes.Error;
        }

        FleetReport fleet;
        try
        {
            fleet = FleetReportReader.Read(request.Folder, context.Time);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: cannot read {request.Folder}: {exception.Message}");
            return ExitCodes.Error;
        }

        var exitCode = ReportExitCodes.For(fleet);
        foreach (var problem in fleet.Problems)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: skipped {problem.File}: {problem.Message}");
        }

        if (exitCode == ExitCodes.NoReports)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: no host reports in {request.Folder}");
        }

        var written = new List<string>();
        try
        {
            foreach (var (path, content) in request.Files(fleet, exitCode))
            {
                AtomicFile.Write(path, Encoding.UTF8.GetBytes(content()), overwrite: true);
                written.Add(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: cannot write: {exception.Message}");
            return ExitCodes.Error;
        }

        if (request.Json)
        {
            context.Out.WriteLine(FleetJsonWriter.Write(fleet, exitCode));
        }
        else if (written.Count == 0)
        {
            FleetTableWriter.Write(context.Out, fleet, exitCode);
        }
        else
        {
            context.Out.WriteLine(FleetText.Counts(fleet));
            context.Out.WriteLine(FleetText.Compliance(fleet));
            written.ForEach(path => context.Out.WriteLine($"wrote {path}"));
        }

        return exitCode;
    }

    private string? OutputProblem()
    {
        if (OutFolder is not null && ExpectedFolder.Problem(OutFolder) is { } problem && problem != "does not exist")
        {
            return $"--out {OutFolder}: it {problem}";
        }

        foreach (var file in new[] { Html, Csv })
        {
            var folder = file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null && ExpectedFolder.Problem(folder) is { } fileProblem && fileProblem != "does not exist")
            {
                return $"{file}: its folder {folder} {fileProblem}";
            }
        }

        return null;
    }

    private IEnumerable<(string Path, Func<string> Content)> Files(FleetReport fleet, int exitCode)
    {
        if (OutFolder is not null)
        {
            Directory.CreateDirectory(OutFolder);
        }

        var html = Html ?? (OutFolder is null ? null : Path.Combine(OutFolder, "report.html"));
        var csv = Csv ?? (OutFolder is null ? null : Path.Combine(OutFolder, "report.csv"));
        var json = OutFolder is null ? null : Path.Combine(OutFolder, "report.json");
        if (html is not null)
        {
            yield return (html, () => FleetHtmlWriter.Write(fleet, exitCode));
        }

        if (csv is not null)
        {
            yield return (csv, () => FleetCsvWriter.Write(fleet));
        }

        if (json is not null)
        {
            yield return (json, () => FleetJsonWriter.Write(fleet, exitCode));
        }
    }
}
