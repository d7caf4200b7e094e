using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Core.Files;

namespace Patcher.Lab.Scm;

/// <summary>
/// The lab host's service control manager: one long-running process per host (<c>patcher-lab lab scm-daemon DIR/NAME</c>).
/// It serves <see cref="ScmRequest"/> lines on <c>scm/scm.sock</c>, runs each service as a real child process, and ends
/// — stopping its services — on <c>shutdown</c>, when its token is cancelled (SIGTERM), or when the host folder disappears.
/// </summary>
public sealed class LabScmDaemon : IDisposable
{
    /// <summary>How often the daemon checks that its host folder still exists.</summary>
    public static readonly TimeSpan WatchdogInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long services get to stop at shutdown before they are killed.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    private readonly LabHostPaths _host;
    private readonly PatcherCommand _command;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _shutdown = new();

    /// <summary>A daemon for <paramref name="host"/> that starts services with <paramref name="command"/> and logs to <paramref name="log"/>.</summary>
    public LabScmDaemon(LabHostPaths host, PatcherCommand command, TimeProvider time, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(log);
        _host = host;
        _command = command;
        _time = time;
        _log = TextWriter.Synchronized(log);
    }

    /// <inheritdoc />
    public void Dispose() => _shutdown.Dispose();

    /// <summary>Serves until shutdown; returns 0, or 1 when another daemon already serves the host.</summary>
    /// <exception cref="LabHostException">The host folder does not exist or the socket path is too long.</exception>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_host.Root))
        {
            throw new LabHostException(LabHostException.HostNotFound, $"The lab host folder {_host.Root} does not exist.");
        }

        LabScmEndpoint.CheckPathLength(_host);
        Directory.CreateDirectory(_host.ScmFolder);
        if (await LabScmEndpoint.IsServingAsync(_host, cancellationToken).ConfigureAwait(false))
        {
            Log("another daemon already serves this host; exiting");
            return 1;
        }

        File.Delete(_host.ScmSocketFile);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(_host.ScmSocketFile));
        listener.Listen(16);
        AtomicFile.WriteAllText(_host.ScmPidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Log($"daemon {Environment.ProcessId} serving {_host.ScmSocketFile}");

        using var table = new LabServiceTable(_host, _command, _time, _log);
        table.Recover();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        using var watchdog = _time.CreateTimer(_ => CheckHostFolder(), null, WatchdogInterval, WatchdogInterval);
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var socket = await listener.AcceptAsync(stop.Token).ConfigureAwait(false);
                connections.RemoveAll(task => task.IsCompleted);
                connections.Add(ServeAsync(socket, table, stop.Token));
            }
        }
        catch (OperationCanceledException)
        {
            // Shutdown requested: by a request, a signal or the watchdog.
        }

        Log("shutting down: stopping services");
        await table.ShutdownAsync(ShutdownGrace).ConfigureAwait(false);
        listener.Close();
        await Task.WhenAll(connections).ConfigureAwait(false);
        if (Directory.Exists(_host.ScmFolder))
        {
            File.Delete(_host.ScmSocketFile);
            File.Delete(_host.ScmPidFile);
        }

        Log("daemon stopped");
        return 0;
    }

    private async Task ServeAsync(Socket socket, LabServiceTable table, CancellationToken stopping)
    {
        using (socket)
        {
            try
            {
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
                while (await reader.ReadLineAsync(stopping).ConfigureAwait(false) is { } line)
                {
                    var response = Handle(line, table);
                    await writer.WriteLineAsync(JsonSerializer.Serialize(response, ScmJson.Line)).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the daemon is shutting down.
            }
        }
    }

    private ScmResponse Handle(string line, LabServiceTable table)
    {
        ScmRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ScmRequest>(line, ScmJson.Line);
        }
        catch (JsonException e)
        {
            return ScmResponse.Refused(LabScmEndpoint.BadRequest, $"The request is not valid JSON: {e.Message}");
        }

        switch (request?.Op)
        {
            case ScmOperation.List:
                return table.List();
            case ScmOperation.Query:
                return table.Query(request.Service);
            case ScmOperation.Start:
                return table.Start(request.Service);
            case ScmOperation.Stop:
                return table.Stop(request.Service);
            case ScmOperation.Kill:
                return table.Kill(request.Service);
            case ScmOperation.Shutdown:
                Log("shutdown requested");
                _shutdown.Cancel();
                return new ScmResponse(true);
            default:
                return ScmResponse.Refused(LabScmEndpoint.BadRequest, $"Unknown operation '{request?.Op}': expected list, query, start, stop, kill or shutdown.");
        }
    }

    private void CheckHostFolder()
    {
        if (!Directory.Exists(_host.Root))
        {
            Log("the host folder is gone; shutting down");
            _shutdown.Cancel();
        }
    }

    private void Log(string message)
    {
        try
        {
            _log.WriteLine($"{_time.GetUtcNow():O} {message}");
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Best effort.
        }
    }
}
