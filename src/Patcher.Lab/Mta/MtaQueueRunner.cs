using Patcher.Core.Platform;

namespace Patcher.Lab.Mta;

/// <summary>
/// The MTA's work loop: the message left in flight by an abnormal stop first (retried with <c>recovering</c>), then the
/// queue in name order, then polling for new messages until stopped. The engine runs on a thread of its own, so a
/// transfer that never returns (the pre-fix defect) stops the work but never the MTA's response to a stop.
/// </summary>
internal sealed partial class MtaQueueRunner
{
    private readonly LabMtaInstallation _installation;
    private readonly LabMtaEngine _engine;
    private readonly IEventLog _events;
    private readonly TextWriter _stdout;
    private readonly LabMtaOptions _options;
    private readonly string _mtaName;
    private readonly DateTimeOffset _started;
    private long _processed;
    private long _relayed;
    private long _rejected;
    private DateTimeOffset _lastProgress;

    public MtaQueueRunner(LabMtaInstallation installation, LabMtaEngine engine, IEventLog events, TextWriter stdout, LabMtaOptions options, string mtaName, DateTimeOffset started)
    {
        _installation = installation;
        _engine = engine;
        _events = events;
        _stdout = stdout;
        _options = options;
        _mtaName = mtaName;
        _started = started;
        _lastProgress = started;
    }

    private LabMtaDatabase Database => _installation.Database;

    /// <summary>What this process loaded, published with every progress.</summary>
    public IReadOnlyList<LabMtaModule> Modules { get; init; } = [];

    /// <summary>Works until <paramref name="stopping"/>; returns the message left in flight, or null.</summary>
    public async Task<string?> RunAsync(CancellationToken stopping)
    {
        Publish(inFlight: null);
        if (Database.ReadInFlight() is { } interrupted)
        {
            if (Database.QueuedMessages().Contains(interrupted, StringComparer.Ordinal))
            {
                Say($"recovering {interrupted}, in flight when the MTA last stopped");
                if (await ProcessAsync(interrupted, recovering: true, stopping).ConfigureAwait(false) == TransferOutcome.LeftInFlight)
                {
                    return interrupted;
                }
            }
            else
            {
                Database.ClearInFlight(); // it left the queue before the marker could be cleared
            }
        }

        while (!stopping.IsCancellationRequested)
        {
            var queue = Database.QueuedMessages();
            if (queue.Count == 0)
            {
                await IdleAsync(stopping).ConfigureAwait(false);
                continue;
            }

            if (await ProcessAsync(queue[0], recovering: false, stopping).ConfigureAwait(false) == TransferOutcome.LeftInFlight)
            {
                return queue[0];
            }
        }

        return null;
    }

    private async Task IdleAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(_options.PollInterval, _options.Time, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopping: the loop ends
        }
    }

    private async Task<TransferOutcome> ProcessAsync(string name, bool recovering, CancellationToken stopping)
    {
        var queued = Path.Combine(Database.QueueFolder, name);
        if (!File.Exists(queued))
        {
            return TransferOutcome.Done; // taken away while we looked
        }

        var apdu = await File.ReadAllBytesAsync(queued, CancellationToken.None).ConfigureAwait(false);
        Database.WriteInFlight(name);
        Publish(inFlight: name);
        Say($"processing {name}");
        var now = _options.Time.GetUtcNow();
        var transfer = Task.Factory.StartNew(
            () => _engine.Transfer(apdu, _mtaName, _options.ReportingDomain, now, recovering),
            CancellationToken.None,
            TaskCreationOptions.LongRunning, // a thread of its own: the pre-fix engine may never give it back
            TaskScheduler.Default);
        if (!await CompletesAsync(transfer, stopping).ConfigureAwait(false))
        {
            Say($"stopping with {name} still in the engine");
            return TransferOutcome.LeftInFlight;
        }

        Dispatch(name, transfer);
        Database.ClearInFlight();
        _processed++;
        _lastProgress = _options.Time.GetUtcNow();
        Publish(inFlight: null);
        return TransferOutcome.Done;
    }

    /// <summary>Waits for the transfer; once stopping, only for <see cref="LabMtaOptions.StopGrace"/> more.</summary>
    private async Task<bool> CompletesAsync(Task transfer, CancellationToken stopping)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (stopping.Register(() => stopped.TrySetResult()))
        {
            await Task.WhenAny(transfer, stopped.Task).ConfigureAwait(false);
        }

        if (transfer.IsCompleted)
        {
            return true;
        }

        using var grace = new CancellationTokenSource();
        var graceOver = Task.Delay(_options.StopGrace, _options.Time, grace.Token);
        await Task.WhenAny(transfer, graceOver).ConfigureAwait(false);
        await grace.CancelAsync().ConfigureAwait(false);
        return transfer.IsCompleted;
    }

    /// <summary>Writes <c>progress.json</c>: counts, the message in flight, and what this process loaded.</summary>
    public void Publish(string? inFlight) =>
        new LabMtaProgress(
            Database.QueuedMessages().Count,
            _processed,
            _relayed,
            _rejected,
            _lastProgress,
            _started,
            _engine.FileVersion,
            Environment.ProcessId,
            inFlight,
            Modules).Write(Database.ProgressFile);

    private void Say(string line)
    {
        _stdout.WriteLine($"{_mtaName}: {line}");
        _stdout.Flush();
    }
}
