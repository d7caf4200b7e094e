using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;

namespace Patcher.Lab.Scm;

/// <summary>
/// Sends one request to a lab host's SCM daemon and reads its response: one connection, one line each way, bounded by
/// <see cref="Timeout"/> so a frozen daemon ends the command with a message instead of hanging it.
/// </summary>
public static class LabScmClient
{
    /// <summary>How long one request may take, connect to answer: 15 s (a live daemon answers in milliseconds).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>The daemon's response to <paramref name="request"/>.</summary>
    /// <exception cref="LabHostNotStartedException">No daemon serves the host.</exception>
    /// <exception cref="LabHostException"><see cref="LabHostException.NotAnswering"/>: the daemon did not answer within <see cref="Timeout"/>.</exception>
    public static Task<ScmResponse> SendAsync(LabHostPaths host, ScmRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(host, request, Timeout, cancellationToken);

    /// <summary>The same, bounded by <paramref name="timeout"/> (tests).</summary>
    internal static async Task<ScmResponse> SendAsync(LabHostPaths host, ScmRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        using var bounded = new CancellationTokenSource(timeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, bounded.Token);
        try
        {
            return await ExchangeAsync(host, request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LabHostException(
                LabHostException.NotAnswering,
                $"The SCM daemon of lab host {host.Name} did not answer '{request.Op}' within {timeout.TotalSeconds:0} s: it is frozen or overloaded. Restart it: patcher-lab lab stop {host.LabRoot} {host.Name}, then lab start.");
        }
    }

    private static async Task<ScmResponse> ExchangeAsync(LabHostPaths host, ScmRequest request, CancellationToken cancellationToken)
    {
        if (!File.Exists(host.ScmSocketFile))
        {
            throw new LabHostNotStartedException(host, request.Service);
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(host.ScmSocketFile), cancellationToken).ConfigureAwait(false);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await writer.WriteLineAsync(JsonSerializer.Serialize(request, ScmJson.Line).AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new LabHostNotStartedException(host, request.Service);
            return JsonSerializer.Deserialize<ScmResponse>(line, ScmJson.Line)
                ?? throw new InvalidDataException($"The lab SCM of {host.Name} sent an empty response.");
        }
        catch (SocketException e)
        {
            throw new LabHostNotStartedException(host, request.Service, e);
        }
        catch (IOException e) when (e.InnerException is SocketException)
        {
            throw new LabHostNotStartedException(host, request.Service, e);
        }
    }
}
