using System.Globalization;
using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Verification;

/// <summary>The first five checks, each from what polling and the host's logs and files show (the sixth: <c>RecoveryVerifier.RunningTheFix.cs</c>).</summary>
public sealed partial class RecoveryVerifier
{
    private RecoveryCheck RunningCheck(Watch watch)
    {
        const string name = VerificationCheckNames.RunningThroughStabilityWindow;
        var window = Seconds(_options.StabilityWindow);
        if (watch.First is null)
        {
            return new(name, RecoveryCheckState.Unknown, watch.Error ?? "the SCM did not report the service");
        }

        if (watch.First.State != ServiceState.Running)
        {
            return new(name, RecoveryCheckState.Failed, $"{watch.First.Name} is {watch.First.State}, not running (Win32 exit code {Code(watch.First.Win32ExitCode)})");
        }

        var ran = Seconds(watch.LastAt - watch.Started);
        if (watch.Last is null)
        {
            return new(name, RecoveryCheckState.Unknown, $"running (pid {Code(watch.First.ProcessId)}), then {watch.Error} after {ran}");
        }

        if (watch.Last.State != ServiceState.Running)
        {
            return new(name, RecoveryCheckState.Failed,
                $"running (pid {Code(watch.First.ProcessId)}), then {watch.Last.State} after {ran} of the {window} window, Win32 exit code {Code(watch.Last.Win32ExitCode)}");
        }

        if (watch.Last.ProcessId != watch.First.ProcessId)
        {
            return new(name, RecoveryCheckState.Failed,
                $"the process changed within the {window} window (pid {Code(watch.First.ProcessId)}, then {Code(watch.Last.ProcessId)} after {ran}): it died and was started again");
        }

        return watch.RanThroughWindow
            ? new(name, RecoveryCheckState.Held, $"running for {ran} (window {window}), pid {Code(watch.First.ProcessId)}, {Code(watch.Polls)} polls")
            : new(name, RecoveryCheckState.Unknown, $"running (pid {Code(watch.First.ProcessId)}) but observed only {ran} of the {window} window");
    }

    private static RecoveryCheck ExitCodeCheck(Watch watch, VerificationRequirements requirements)
    {
        const string name = VerificationCheckNames.ExitCodeNot1067;
        if ((watch.Last ?? watch.First) is not { } status)
        {
            return new(name, RecoveryCheckState.Unknown, watch.Error ?? "the SCM did not report the service");
        }

        return status.Win32ExitCode == requirements.ForbiddenExitCode
            ? new(name, RecoveryCheckState.Failed, $"Win32 exit code {Code(status.Win32ExitCode)} (ERROR_PROCESS_ABORTED: the process terminated unexpectedly), state {status.State}")
            : new(name, RecoveryCheckState.Held, $"Win32 exit code {Code(status.Win32ExitCode)}, state {status.State}");
    }

    private RecoveryCheck EventsCheck(MtaInstallation installation, string service, VerificationRequirements requirements, DateTimeOffset restartedAt)
    {
        const string name = VerificationCheckNames.NoScm7031Or7034SinceRestart;
        var names = new[] { service, installation.DisplayName }.OfType<string>().Where(n => n.Length > 0).ToArray();
        var read = _host.EventLog.TryRead(EventLogEntry.SystemLog, restartedAt);
        if (read.Problem is { } problem)
        {
            return new(name, RecoveryCheckState.Unknown, problem);
        }

        var found = read.Entries
            .Where(e => e.Source.Equals(ExchangeEvents.ScmSource, StringComparison.OrdinalIgnoreCase)
                && requirements.ForbiddenEvents.Contains(e.EventId)
                && Array.Exists(names, n => e.Message.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var since = restartedAt.ToString("O", CultureInfo.InvariantCulture);
        var ids = string.Join("/", requirements.ForbiddenEvents.Select(i => Code(i)));
        return found.Count == 0
            ? new(name, RecoveryCheckState.Held, $"no SCM {ids} event about {service} since the restart at {since}")
            : new(name, RecoveryCheckState.Failed,
                $"{Code(found.Count)} SCM event(s) since the restart at {since}: {string.Join("; ", found.Select(e => $"{Code(e.EventId)} at {e.TimeGenerated.ToString("O", CultureInfo.InvariantCulture)}"))}");
    }

    private static RecoveryCheck QueueCheck(Watch watch, VerificationRequirements requirements)
    {
        const string name = VerificationCheckNames.QueueProgress;
        if (!requirements.RequireQueueProgress)
        {
            return new(name, RecoveryCheckState.Held, "not required by the package");
        }

        if (watch.QueueAtEnd is not { } end)
        {
            return new(name, RecoveryCheckState.Unknown, "the queue's progress cannot be read");
        }

        if (end.QueueLength == 0)
        {
            return new(name, RecoveryCheckState.Held, $"queue empty; {Code(end.Processed)} message(s) processed ({Code(end.Rejected)} rejected) since the MTA started");
        }

        var before = watch.QueueAtStart?.Processed ?? 0;
        return end.Processed > before
            ? new(name, RecoveryCheckState.Held, $"processed count rose from {Code(before)} to {Code(end.Processed)}; {Code(end.QueueLength)} still queued")
            : new(name, RecoveryCheckState.Failed,
                $"{Code(end.QueueLength)} message(s) queued and the processed count stayed at {Code(end.Processed)} (last progress {end.LastProgress.ToString("O", CultureInfo.InvariantCulture)})");
    }

    private RecoveryCheck PoisonCheck(MtaInstallation installation, VerificationRequirements requirements, PoisonInventory poison)
    {
        const string name = VerificationCheckNames.PoisonRejectedWithNdr;
        if (!requirements.RequirePoisonRejected)
        {
            return new(name, RecoveryCheckState.Held, "not required by the package");
        }

        var rejections = RejectionEvents(poison.TakenAt);
        if (!poison.QueueReadable)
        {
            var seen = rejections.Count == 0 ? "no 9411 event since then" : $"{Code(rejections.Count)} message(s) rejected since then (9411): {string.Join("; ", rejections.Select(e => FirstLine(e.Message)))}";
            return new(name, RecoveryCheckState.Held, $"queue database not readable message by message: judged from MTA event 9411 alone, {seen}");
        }

        if (poison.Messages.Count == 0)
        {
            return new(name, RecoveryCheckState.Held, $"no poison message was queued before the patch ({Code(poison.Inspected)} inspected)");
        }

        var evidence = new List<string>();
        var missing = new List<string>();
        foreach (var message in poison.Messages)
        {
            var logged = rejections.FirstOrDefault(e => e.Message.Contains(message.Name, StringComparison.OrdinalIgnoreCase));
            var diagnostic = NdrDiagnostic(installation, message.Name, out var ndrPath);
            var ok = logged is not null && diagnostic == requirements.ExpectedDiagnostic;
            var ndr = diagnostic is { } d ? $"NDR {ndrPath} diagnostic {Code(d)}" : $"no readable NDR at {ndrPath}";
            var line = $"{message.Name}: {(logged is null ? "no 9411 event" : "9411 at " + logged.TimeGenerated.ToString("O", CultureInfo.InvariantCulture))}, {ndr}";
            (ok ? evidence : missing).Add(line);
        }

        return missing.Count == 0
            ? new(name, RecoveryCheckState.Held, $"{string.Join("; ", evidence)} (invalid-arguments = {Code(requirements.ExpectedDiagnostic)})")
            : new(name, RecoveryCheckState.Failed, $"not rejected with diagnostic {Code(requirements.ExpectedDiagnostic)}: {string.Join("; ", missing)}{(evidence.Count == 0 ? string.Empty : "; rejected: " + string.Join("; ", evidence))}");
    }

    private List<EventLogEntry> RejectionEvents(DateTimeOffset since)
    {
        // An unreadable Application log only removes one kind of evidence: the NDR files still speak.
        return _host.EventLog.TryRead(EventLogEntry.ApplicationLog, since).Entries
            .Where(e => e.EventId == ExchangeEvents.MtaMessageRejected && e.Source.Equals(ExchangeEvents.MtaSource, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>The diagnostic of the NDR the lab MTA writes for <paramref name="message"/> (<c>ndr\NAME.ndr</c>), decoded by the engine.</summary>
    private int? NdrDiagnostic(MtaInstallation installation, string message, out string hostPath)
    {
        var file = message + ".ndr";
        hostPath = HostPath.Combine(HostPath.Combine(installation.DatabasePath, "ndr"), file);
        var folder = PoisonSurvey.FindChild(_host.Files, installation.DatabasePath, "ndr");
        var local = folder is null || !Directory.Exists(folder)
            ? null
            : Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(file, StringComparison.OrdinalIgnoreCase));
        if (local is null)
        {
            return null;
        }

        try
        {
            return _inspector.NonDeliveryDiagnostic(File.ReadAllBytes(local));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Code(long value) => value.ToString(CultureInfo.InvariantCulture);
}
