using System.Net.Sockets;
using Patcher.Lab.Hosts;

namespace Patcher.Lab.Scm;

/// <summary>Where a lab host's SCM listens, and whether it does.</summary>
public static class LabScmEndpoint
{
    /// <summary>ERROR_INVALID_PARAMETER: what the daemon answers to a line it cannot understand.</summary>
    public const int BadRequest = 87;

    /// <summary>The longest socket path the OS accepts (sun_path is 108 bytes on Linux, 104 on macOS, with its NUL).</summary>
    public const int MaxSocketPath = 103;

    /// <summary>Whether a daemon answers on the host's socket.</summary>
    public static async Task<bool> IsServingAsync(LabHostPaths host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!File.Exists(host.ScmSocketFile))
        {
            return false;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(host.ScmSocketFile), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Refuses a host whose socket path the OS cannot bind.</summary>
    /// <exception cref="LabHostException">The path is too long.</exception>
    public static void CheckPathLength(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (System.Text.Encoding.UTF8.GetByteCount(host.ScmSocketFile) > MaxSocketPath)
        {
            throw new LabHostException(
                LabHostException.PathTooLong,
                $"The lab host's socket path {host.ScmSocketFile} is longer than {MaxSocketPath} bytes, which Unix sockets cannot bind: use a shorter lab folder.");
        }
    }
}
