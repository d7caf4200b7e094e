using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Core.Apply;
using Patcher.Core.Packages;
using Patcher.Core.Pipeline;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Apply;

/// <summary>Collects what an apply or rollback run found and did, and prints it: a JSON document or lines for people.</summary>
internal sealed class ApplyReport(string command, bool json)
{
    private readonly List<RecoveryDocument> _recovered = [];
    private string? _host;
    private PackageDocument? _package;
    private PlanDocument? _plan;

    public void Host(string machineName) => _host = machineName;

    public void Recovered(ApplyResult result) =>
        _recovered.Add(new RecoveryDocument(result.InstallRoot, OutcomeName(result.Outcome), result.OperationId, result.Message));

    public void Package(IHotfixPackage package) => _package = new PackageDocument(
        package.PackagePath, package.Manifest.PackageId, package.Manifest.PackageVersion, package.Manifest.Baseline.KbArticle, package.PackageSha256, package.SignerFingerprint);

    public void Plan(ApplyPlan plan) => _plan = new PlanDocument(
        plan.Installation.InstallRoot,
        plan.Installation.ServiceName,
        plan.NothingToDo,
        plan.StateFolder,
        plan.Files.Select(file => new PlannedFileDocument(
            file.HostPath,
            !file.NeedsSwap ? "unchanged" : file.CurrentSha256 is null ? "add" : "replace",
            file.CurrentVersion?.ToString(),
            file.CurrentSha256,
            file.Payload.FileVersion.ToString(),
            file.Payload.Sha256)).ToArray(),
        plan.Services.Select(service => new PlannedServiceDocument(service.Name, service.StateBefore.ToString())).ToArray(),
        plan.StartOrder.Select(service => service.Name).ToArray());

    /// <summary>Prints the report ending in <paramref name="result"/>; returns <paramref name="exitCode"/>.</summary>
    public int Finish(CliContext context, string result, int exitCode, string message, string? code = null, ApplyResult? done = null)
    {
        if (json)
        {
            var document = new ApplyDocument(1, command, _host, result, exitCode, code, message, _recovered, _package, _plan, done?.OperationId, done?.BackupFolder);
            context.Out.WriteLine(JsonSerializer.Serialize(document, ApplyJsonContext.Default.ApplyDocument));
            return exitCode;
        }

        var output = exitCode is ExitCodes.Success ? context.Out : context.Error;
        if (_host is not null)
        {
            context.Out.WriteLine($"host: {_host}");
        }

        foreach (var recovery in _recovered)
        {
            context.Out.WriteLine($"recovered: {recovery.Message}");
        }

        WritePackage(context.Out);
        WritePlan(context.Out);
        output.WriteLine(exitCode == ExitCodes.Success ? $"result: {result}: {message}" : $"{context.Hosts.ToolName} {command}: {result} (exit {exitCode}): {message}");
        return exitCode;
    }

    /// <summary>
    /// Prints how the recovery loop ended (apply or rollback) with the exit code the one scheme gives it: recovered 0;
    /// rolled back (by an apply that failed, or could not be verified) 12; patched but not verified 10; failed 14; a busy
    /// installation 2; a rollback that failed midway and was undone 17; an undo that left services stopped 18. A standalone
    /// rollback that ends verified is what was asked: 0.
    /// </summary>
    public int Conclude(CliContext context, RunConclusion conclusion)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        var (result, exitCode, code) = (command, conclusion.Outcome, conclusion.Code) switch
        {
            (_, HostOutcome.Compliant, _) => ("nothing-to-do", ExitCodes.Success, (string?)null),
            ("apply", HostOutcome.PatchedRecovered, _) => ("applied", ExitCodes.Success, null),
            ("apply", HostOutcome.PatchedNotVerified, _) => ("applied-not-verified", ExitCodes.PatchedNotVerified, null),
            (_, HostOutcome.Failed, ApplyException.ServicesLeftStopped) => ("services-left-stopped", ExitCodes.ServicesLeftStopped, conclusion.Code),
            (_, HostOutcome.Failed, ApplyException.RecoveryFailed) => ("needs-attention", ExitCodes.Failed, conclusion.Code),
            ("rollback", HostOutcome.Failed, ApplyException.RollbackUndone) => ("rollback-undone", ExitCodes.RollbackUndone, conclusion.Code),
            ("apply", HostOutcome.RolledBack, _) => ("failed-rolled-back", ExitCodes.RolledBack, ApplyException.RolledBack),
            (_, HostOutcome.RolledBack, _) when conclusion.Result?.UnstartedServices is { Count: > 0 } => ("rolled-back-services-stopped", ExitCodes.Failed, null),
            (_, HostOutcome.RolledBack, _) => ("rolled-back", ExitCodes.Success, null),
            (_, HostOutcome.Error, _) => ("error", ExitCodes.Error, conclusion.Code),
            _ => ("failed", ExitCodes.Failed, conclusion.Code),
        };
        return Finish(context, result, exitCode, conclusion.Reason, code, conclusion.Result);
    }

    /// <summary>The JSON name of an outcome.</summary>
    public static string OutcomeName(ApplyOutcome outcome) => outcome switch
    {
        ApplyOutcome.Applied => "applied",
        ApplyOutcome.NothingToDo => "nothing-to-do",
        ApplyOutcome.RolledBack => "rolled-back",
        ApplyOutcome.Finished => "finished",
        ApplyOutcome.Undone => "undone",
        ApplyOutcome.RollbackUndone => "rollback-undone",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private void WritePackage(TextWriter output)
    {
        if (_package is { } package)
        {
            output.WriteLine($"package: {package.Id} {package.Version} ({package.Kb}), SHA-256 {package.Sha256}, signed by {package.Signer}");
        }
    }

    private void WritePlan(TextWriter output)
    {
        if (_plan is not { } plan)
        {
            return;
        }

        output.WriteLine($"installation: {plan.InstallRoot}{(plan.ServiceName is null ? "" : $" ({plan.ServiceName})")}");
        output.WriteLine("files:");
        foreach (var file in plan.Files)
        {
            output.WriteLine($"  {file.Action,-9} {file.Target}: {file.CurrentVersion ?? "-"} -> {file.NewVersion}");
            output.WriteLine($"            SHA-256 {file.CurrentSha256 ?? "(none)"} -> {file.NewSha256}");
        }

        output.WriteLine($"stop, in order:  {(plan.StopOrder.Count == 0 ? "(none)" : string.Join(", ", plan.StopOrder.Select(s => $"{s.Name} ({s.State})")))}");
        output.WriteLine($"start, in order: {(plan.StartOrder.Count == 0 ? "(none)" : string.Join(", ", plan.StartOrder))}");
    }
}
