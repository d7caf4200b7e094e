using Patcher.Core.Platform;
using Patcher.Lab.EventLog;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Scm;

/// <summary>
/// The lab SCM's service database: definitions read from the registry on every request, states kept here and written
/// to <c>scm/state.json</c> after every change, and one <see cref="ServiceChild"/> per service that has a process.
/// Every change happens under one lock, whether it comes from a request or from a process.
/// </summary>
internal sealed partial class LabServiceTable : IDisposable
{
    private readonly LabHostPaths _host;
    private readonly PatcherCommand _command;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;
    private readonly LabRegistry _registry;
    private readonly LabEventLog _eventLog;
    private readonly LabFileSystem _files;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LabServiceRecord> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ServiceChild> _children = new(StringComparer.OrdinalIgnoreCase);
    private bool _closed;

    public LabServiceTable(LabHostPaths host, PatcherCommand command, TimeProvider time, TextWriter log)
    {
        _host = host;
        _command = command;
        _time = time;
        _log = log;
        _registry = new LabRegistry(host.RegistryFile);
        _eventLog = new LabEventLog(host.EventLogFolder);
        _files = new LabFileSystem(host.DriveC);
    }

    /// <summary>How many services have a process right now.</summary>
    public int ActiveProcesses
    {
        get
        {
            lock (_gate)
            {
                return _children.Count;
            }
        }
    }

    /// <summary>Every service's record, in start order.</summary>
    public ScmResponse List()
    {
        lock (_gate)
        {
            Refresh();
            return new ScmResponse(true, Services: Ordered());
        }
    }

    /// <summary>One service's record.</summary>
    public ScmResponse Query(string? name)
    {
        lock (_gate)
        {
            Refresh();
            return Find(name, out var record) is { } refusal ? refusal : new ScmResponse(true, Service: record);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var child in _children.Values)
            {
                child.Dispose();
            }

            _children.Clear();
        }
    }

    /// <summary>Merges the registry's definitions into the records, keeping states; drops stopped services no longer defined.</summary>
    private void Refresh()
    {
        var defined = ServiceRegistry.Read(_registry);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var configuration in defined)
        {
            names.Add(configuration.Name);
            _records[configuration.Name] = _records.TryGetValue(configuration.Name, out var record)
                ? record with
                {
                    DisplayName = configuration.DisplayName,
                    ImagePath = configuration.ImagePath,
                    DependOnService = configuration.DependOnService,
                    StartMode = configuration.StartMode,
                }
                : new LabServiceRecord(
                    configuration.Name,
                    configuration.DisplayName,
                    configuration.ImagePath,
                    configuration.DependOnService,
                    configuration.StartMode,
                    ServiceState.Stopped);
        }

        foreach (var stale in _records.Values.Where(r => !names.Contains(r.Name) && r.State == ServiceState.Stopped).ToArray())
        {
            _records.Remove(stale.Name);
        }
    }

    private ScmResponse? Find(string? name, out LabServiceRecord record)
    {
        record = null!;
        if (string.IsNullOrWhiteSpace(name))
        {
            return ScmResponse.Refused(Win32Errors.ServiceDoesNotExist, "The request names no service.");
        }

        if (!_records.TryGetValue(name, out var found))
        {
            return ScmResponse.Refused(Win32Errors.ServiceDoesNotExist, $"The service {name} does not exist on this host (Win32 error 1060).");
        }

        record = found;
        return null;
    }

    private IReadOnlyList<LabServiceRecord> Ordered() =>
        ServiceDependencies.StartOrder(_records.Values.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase), r => r.Name, r => r.DependOnService);

    private LabServiceRecord Update(LabServiceRecord record)
    {
        _records[record.Name] = record;
        Save();
        return record;
    }

    private void Save()
    {
        if (_closed && !Directory.Exists(_host.Root))
        {
            return;
        }

        try
        {
            ScmStateFile.Write(_host, new ScmStateDocument(_host.Name, _closed ? 0 : Environment.ProcessId, _time.GetUtcNow(), Ordered()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log($"cannot write {_host.ScmStateFile}: {e.Message}");
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
            // The log is best effort: the host folder may be gone.
        }
    }

    private void WriteEvent(int eventId, EventLevel level, string message)
    {
        try
        {
            _eventLog.Write(new EventLogEntry(EventLogEntry.SystemLog, Core.Exchange.ExchangeEvents.ScmSource, eventId, level, _time.GetUtcNow(), message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log($"cannot write event {eventId}: {e.Message}");
        }
    }
}
