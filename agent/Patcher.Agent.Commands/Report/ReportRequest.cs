using System.Text;
using Patcher.Agent.Cli;
using Patcher.Agent.Fleet;
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
    /// <summary>
    /// Write the ring gates into <c>gates/</c> of <see cref="Folder"/>, with the ring policy of the settings
    /// <see cref="GatesTarget"/> opens (this machine's policy; a lab host's in <c>patcher-lab</c>).
    /// </summary>
    public bool Gates { get; init; }

    /// <summary>Whose settings give the ring policy (<see cref="Hosts.IHostOpener.SelectedTarget"/>); null for this machine.</summary>
    public string? GatesTarget { get; init; }

    public static int Run(CliContext context, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var tool = context.Hosts.ToolName;

        // Where the outputs go is checked before the fleet is read: an output that can never be written is a usage
        // error, said once, not a second line after the fleet's verdict.
        if (request.OutputProblem() is { } outputProblem)
        {
            context.Error.WriteLine($"{tool} report: cannot write {outputProblem}; nothing was written.");
            return ExitCodes.Error;
        }

        FleetIndex? index = null;
        try
        {
            index = request.OpenIndex(context);
            var fleet = FleetReportReader.Read(request.Folder, context.Time, index);
            var exitCode = request.Write(context, fleet, index);
            index?.Dispose();
            index = null;
            return request.Gates && exitCode != ExitCodes.Error ? request.WriteGates(context, fleet, exitCode) : exitCode;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{tool} report: cannot read {request.Folder}: {exception.Message}");
            return ExitCodes.Error;
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception) when (!request.NoIndex)
        {
            // The index is a cache: when it fails midway, read the folder again without it.
            index?.Dispose();
            index = null;
            context.Error.WriteLine($"{tool} report: index not used: {exception.Message}");
            return Run(context, request with { NoIndex = true });
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            context.Error.WriteLine($"{tool} report: cannot keep the reports' views in a temporary database: {exception.Message}");
            return ExitCodes.Error;
        }
        finally
        {
            index?.Dispose();
        }
    }

    /// <summary>Decides and writes the gates; a gate that cannot be written is an error (the agents would read an old one).</summary>
    private int WriteGates(CliContext context, FleetReport fleet, int exitCode)
    {
        var tool = context.Hosts.ToolName;
        if (!context.Hosts.TryOpen(GatesTarget, context.Time, out var host, out var problem))
        {
            context.Error.WriteLine($"{tool} report: gates not written: {problem}");
            return ExitCodes.Error;
        }

        var layered = host.Settings.Load();
        if (!layered.IsValid)
        {
            context.Error.WriteLine($"{tool} report: gates not written: the ring policy's settings are invalid: {string.Join("; ", layered.Problems)}");
            return ExitCodes.Error;
        }

        try
        {
            foreach (var (gate, path) in FleetGates.Write(Folder, fleet, layered.Settings.Rollout))
            {
                (Json ? context.Error : context.Out).WriteLine($"gate {gate.Ring}: {gate.State}: {gate.Reason} ({path})");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{tool} report: gates not written: {exception.Message}");
            return ExitCodes.Error;
        }

        return exitCode;
    }

    private string? HtmlPath => Html ?? (OutFolder is null ? null : Path.Combine(OutFolder, "report.html"));

    /// <summary>Set when a first attempt's index failed: read without one.</summary>
    internal bool NoIndex { get; init; }

    /// <summary>
    /// The index beside the HTML report (kept from one report to the next); a temporary one (deleted when done) where the
    /// JSON or host pages need the reports' views but no index can be kept; none for the table and the CSV alone.
    /// </summary>
    private FleetIndex? OpenIndex(CliContext context)
    {
        var beside = Html is not null ? Path.GetDirectoryName(Path.GetFullPath(Html)) : OutFolder;
        var needsViews = Json || HtmlPath is not null || OutFolder is not null;
        if (OutFolder is not null)
        {
            Directory.CreateDirectory(OutFolder);
        }

        if (NoIndex || beside is null || !Directory.Exists(beside))
        {
            // Without a folder for the HTML, writing it will say so.
            return needsViews ? FleetIndex.OpenTemporary() : null;
        }

        var index = FleetIndex.Open(Path.Combine(beside, FleetIndex.FileName), Folder, out var why);
        if (index is null)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} report: index not used: {why}");
            return FleetIndex.OpenTemporary();
        }

        return index;
    }

    private int Write(CliContext context, FleetReport fleet, FleetIndex? index)
    {
        var tool = context.Hosts.ToolName;
        var exitCode = ReportExitCodes.For(fleet);
        foreach (var problem in fleet.Problems)
        {
            context.Error.WriteLine($"{tool} report: skipped {problem.File}: {problem.Message}");
        }

        if (exitCode == ExitCodes.NoReports)
        {
            context.Error.WriteLine($"{tool} report: no host reports in {Folder}");
        }

        var written = new List<string>();
        try
        {
            foreach (var (path, write) in Files(fleet, exitCode))
            {
                AtomicFile.Write(path, write, overwrite: true);
                written.Add(path);
            }

            if (HtmlPath is { } html)
            {
                var (pages, rewritten) = HostPages.Write(html, fleet, index);
                written.Add($"{Path.Combine(Path.GetDirectoryName(html) ?? ".", HostPageName.Folder)} ({pages} host pages, {rewritten} written, {pages - rewritten} unchanged)");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{tool} report: cannot write: {exception.Message}");
            return ExitCodes.Error;
        }

        if (Json)
        {
            FleetJsonWriter.Write(fleet, exitCode, bytes => context.Out.Write(Encoding.UTF8.GetString(bytes)));
            context.Out.WriteLine();
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

    private IEnumerable<(string Path, Action<Stream> Write)> Files(FleetReport fleet, int exitCode)
    {
        if (OutFolder is not null)
        {
            Directory.CreateDirectory(OutFolder);
        }

        var html = HtmlPath;
        var csv = Csv ?? (OutFolder is null ? null : Path.Combine(OutFolder, "report.csv"));
        var json = OutFolder is null ? null : Path.Combine(OutFolder, "report.json");
        if (html is not null)
        {
            yield return (html, stream => Text(stream, writer => FleetHtmlWriter.Write(writer, fleet, exitCode)));
        }

        if (csv is not null)
        {
            yield return (csv, stream => Text(stream, writer => FleetCsvWriter.Write(writer, fleet)));
        }

        if (json is not null)
        {
            yield return (json, stream => FleetJsonWriter.Write(fleet, exitCode, stream.Write));
        }
    }

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        write(writer);
    }
}
