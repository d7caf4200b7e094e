using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Patcher.Lab.Hosts;
using Patcher.Lab.Platform;

namespace Patcher.Lab.Scm;

/// <summary>Sends one request to a lab host's SCM daemon and reads its response: one connection, one line each way.</summary>
public static class LabScmClient
{
    /// <summary>The daemon's response to <paramref name="request"/>.</summary>
    /// <exception cref="LabHostNotStartedException">No daemon serves the host.</exception>
    public static async Task<ScmResponse> SendAsync(LabHostPaths host, ScmRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
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
