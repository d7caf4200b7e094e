using Patcher.Core.Files;

namespace Patcher.Agent.Cli;

/// <summary>Reads the APDU file a command was given, refusing what no MTA would queue.</summary>
internal static class ApduFile
{
    /// <summary>
    /// 64 MiB: far above any P1 message an Exchange 5.5 MTA accepts, and small enough to read into memory at once.
    /// </summary>
    public const long MaxLength = 64L * 1024 * 1024;

    /// <summary>How long a FIFO is given for its writer to open it (<c>mkfifo m; patcher decode m &amp; cat x &gt; m</c>).</summary>
    public static readonly TimeSpan FifoWriterWait = TimeSpan.FromSeconds(10);

    /// <summary>Reads <paramref name="path"/> whole; on failure <paramref name="problem"/> says why, for the operator.</summary>
    public static bool TryRead(string path, out byte[] bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        bytes = [];
        problem = "";
        try
        {
            // A pipe or FIFO (cat m | patcher decode /dev/stdin), a /proc file whose length says 0, or an endless device
            // (/dev/zero) are all read the same way, as a stream stopped at the cap.
            bytes = BoundedFile.ReadStream(path, MaxLength, FifoWriterWait);
            return true;
        }
        catch (FileRefusedException exception)
        {
            problem = exception.Message + ".";
            return false;
        }
    }
}
