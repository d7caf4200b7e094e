using Patcher.Core.Versioning;

namespace Patcher.Lab.Hosts;

/// <summary>What <c>patcher-lab lab add-host</c> builds.</summary>
public sealed record LabHostOptions
{
    /// <summary>The file version of the MTA files (<c>EMSMTA.EXE</c> and the rest), e.g. 5.5.2650.24 for SP3.</summary>
    public required FileVersion Version { get; init; }

    /// <summary>The file version of the engine (<c>X400OM.DLL</c>); defaults to <see cref="Version"/>.</summary>
    public FileVersion? EngineVersion { get; init; }

    /// <summary>Messages in the queue (poison ones included).</summary>
    public int QueueLength { get; init; }

    /// <summary>How many of the queued messages are poison (zero-length arrival time).</summary>
    public int PoisonCount { get; init; }

    /// <summary>Build Exchange without an MTA.</summary>
    public bool NoMta { get; init; }

    /// <summary>How many of the MTA's first starts fail.</summary>
    public int StartFailures { get; init; }

    /// <summary>
    /// Leave a copy of the host's original engine in the MTA's run directory (<c>MTADATA\X400OM.DLL</c>), which the lab MTA
    /// finds before <c>BIN\X400OM.DLL</c>: the patched files go in, and the MTA still runs the old engine (issue 15).
    /// </summary>
    public bool StaleEngine { get; init; }

    /// <summary>Refuses options that describe no host.</summary>
    /// <exception cref="LabHostException">An option is out of range (code LAB001).</exception>
    public void Validate()
    {
        Check(QueueLength >= 0, $"--queue must be 0 or more, not {QueueLength}.");
        Check(PoisonCount >= 0, $"--poison must be 0 or more, not {PoisonCount}.");
        Check(PoisonCount <= QueueLength, $"--poison {PoisonCount} is more than the {QueueLength} queued messages (--queue): poison messages are among the queued ones.");
        Check(StartFailures >= 0, $"--start-failures must be 0 or more, not {StartFailures}.");
        Check(QueueLength <= 999_999, $"--queue {QueueLength} is more than the lab's 999999 messages.");
        Check(!NoMta || (QueueLength == 0 && StartFailures == 0 && EngineVersion is null && !StaleEngine),
            "--no-mta builds a host without an MTA: --queue, --poison, --start-failures, --engine-version and --stale-engine do not apply.");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new LabHostException(LabHostException.InvalidArgument, message);
        }
    }
}
