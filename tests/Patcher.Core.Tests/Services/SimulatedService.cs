using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Services;

/// <summary>One service of a <see cref="SimulatedScm"/>: its state, and how it behaves on the fake clock.</summary>
internal sealed class SimulatedService(ServiceConfiguration configuration, ServiceState state)
{
    public ServiceConfiguration Configuration { get; } = configuration;

    public ServiceState State { get; set; } = state;

    public int Win32ExitCode { get; set; }

    /// <summary>How long a start stays StartPending before it runs (or crashes).</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a stop stays StopPending.</summary>
    public TimeSpan StopDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The next N starts end Stopped with 1067 after <see cref="StartDelay"/>.</summary>
    public int FailingStarts { get; set; }

    /// <summary>Every start stays StartPending for ever.</summary>
    public bool NeverStarts { get; set; }

    /// <summary>Every stop stays StopPending for ever.</summary>
    public bool StopHangs { get; set; }

    /// <summary>A kill leaves it StopPending for ever.</summary>
    public bool KillHangs { get; set; }

    public DateTimeOffset? TransitionAt { get; set; }

    public ServiceState TransitionTo { get; set; }

    public int TransitionExitCode { get; set; }

    public void Schedule(DateTimeOffset at, ServiceState to, int exitCode)
    {
        TransitionAt = at;
        TransitionTo = to;
        TransitionExitCode = exitCode;
    }

    public void Settle(DateTimeOffset now)
    {
        if (TransitionAt is { } at && at <= now)
        {
            State = TransitionTo;
            Win32ExitCode = TransitionExitCode;
            TransitionAt = null;
        }
    }
}
