using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Pipeline;

/// <summary>Collects what a run did, with times, and tells the progress display each step as it ends.</summary>
internal sealed class RunRecorder(TimeProvider time, Action<ReportedAction>? progress)
{
    public List<ReportedAction> Actions { get; } = [];

    public List<FileChange> FileChanges { get; } = [];

    public List<VerificationRound> Verifications { get; } = [];

    /// <summary>Runs <paramref name="step"/> as action <paramref name="name"/>; its detail comes from the result.</summary>
    public async Task<T> StepAsync<T>(string name, Func<Task<T>> step, Func<T, (ActionResult Result, string? Detail)> describe)
    {
        var started = time.GetUtcNow();
        T value;
        try
        {
            value = await step().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Add(name, started, ActionResult.Failed, e.Message);
            throw;
        }

        var (result, detail) = describe(value);
        Add(name, started, result, detail);
        return value;
    }

    public void Add(string name, DateTimeOffset started, ActionResult result, string? detail)
    {
        var action = new ReportedAction(name, started, time.GetUtcNow(), result, detail);
        Actions.Add(action);
        progress?.Invoke(action);
    }
}
