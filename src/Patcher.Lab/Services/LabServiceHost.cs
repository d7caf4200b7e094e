using Patcher.Core.Exchange;
using Patcher.Lab.Hosts;
using Patcher.Lab.Mta;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Services;

/// <summary>
/// The body of a lab service process (<c>patcher-lab lab service NAME --host DIR/NAME</c>): the lab MTA for
/// <c>MSExchangeMTA</c>, and for every other service a process that reports running and waits to be stopped.
/// </summary>
public static class LabServiceHost
{
    /// <summary>Runs service <paramref name="serviceName"/> until <paramref name="stopping"/> (SIGTERM) and returns its exit code.</summary>
    /// <exception cref="LabHostException">The host folder does not exist.</exception>
    public static async Task<int> RunAsync(string serviceName, LabHostPaths host, TextWriter stdout, CancellationToken stopping)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(stdout);
        if (!Directory.Exists(host.Root))
        {
            throw new LabHostException(LabHostException.HostNotFound, $"The lab host folder {host.Root} does not exist.");
        }

        if (serviceName.Equals(ExchangeServices.MessageTransferAgent, StringComparison.OrdinalIgnoreCase))
        {
            return await LabMtaService.RunAsync(host, stdout, stopping).ConfigureAwait(false);
        }

        // A service with nothing to do: it reports running (the SCM's cue) and exits cleanly when stopped.
        await stdout.WriteLineAsync(ServiceChild.RunningLine).ConfigureAwait(false);
        await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (stopping.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task.ConfigureAwait(false);
        }

        return 0;
    }
}
