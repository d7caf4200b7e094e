namespace Patcher.Core.Services;

/// <summary>What the orchestrator does when a service is not stopped within <see cref="ServiceRestartPolicy.StopTimeout"/>.</summary>
public enum StopEscalation
{
    /// <summary>Report <c>stop-timed-out</c> and leave the service as it is (the default: nothing is forced).</summary>
    None = 0,

    /// <summary>End the service's process through an <see cref="IServiceKiller"/>, then report <c>killed</c> (or <c>stop-timed-out</c> if even that fails).</summary>
    Kill = 1,
}
