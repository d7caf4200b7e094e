extern alias FixedEngine;

using FixedEngine::Patcher.X411.Rejection;

namespace Patcher.X411.Mta;

/// <summary>
/// What the SP3 MTA did after decoding a zero-length arrival time overwrote its internal context (KB Q248732). Both
/// members are the defect, reproduced on purpose; neither is a pattern to follow.
/// </summary>
internal static class PoisonedContext
{
    /// <summary>Never set: the thread that waits on it is lost, as the MTA's was.</summary>
    private static readonly ManualResetEventSlim Never = new(initialState: false);

    /// <summary>
    /// The first encounter: the MTA keeps running but does no more work and logs nothing. The calling thread blocks
    /// forever without using the processor (no busy loop): the caller stays responsive only if it called from a thread
    /// it can abandon.
    /// </summary>
    public static void Hang()
    {
        Never.Wait();
        throw new InvalidOperationException("Unreachable: the poisoned context is never released.");
    }

    /// <summary>
    /// After a restart with the poison still in the MTA database: the corrupted context takes the process down, without
    /// unwinding or any chance to log (Windows NT error 1067, "The process terminated unexpectedly").
    /// </summary>
    public static void Terminate(P1Rejection rejection) =>
        Environment.FailFast(
            $"MTA internal error: the X.400 decoder's context was overwritten while reading {rejection.Path} " +
            $"(offset {rejection.Offset}, a zero-length arrival time; KB Q248732). The MTA cannot continue.");
}
