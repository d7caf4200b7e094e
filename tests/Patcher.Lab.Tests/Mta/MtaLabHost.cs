using System.Text.Json;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.EventLog;
using Patcher.Lab.Hosts;
using Patcher.Lab.Mta;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Tests.Mta;

/// <summary>
/// A lab host built by hand in a temporary folder: the registry names <c>C:\EXCHSRVR</c>, the files on disk are in other
/// cases (as Windows would not care), the engine is a real DLL, the queue holds real APDUs. Deleted on dispose.
/// </summary>
internal sealed class MtaLabHost : IDisposable
{
    public MtaLabHost(bool preFix, int startFailures = 0)
    {
        Paths = new LabHostPaths(Path.Combine(Path.GetTempPath(), "patcher-mta-" + Guid.NewGuid().ToString("N")[..8], "lab1"));
        var registry = new LabRegistry(Paths.RegistryFile);
        registry.SetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue, RegistryValue.Sz(@"C:\EXCHSRVR"));
        registry.SetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaDatabasePathValue, RegistryValue.Sz(@"C:\EXCHSRVR\MTADATA"));
        var bin = Path.Combine(Paths.DriveC, "exchsrvr", "bin");
        Directory.CreateDirectory(bin);
        EngineFile = Path.Combine(bin, "x400om.dll");
        if (preFix)
        {
            EngineFiles.InstallPreFix(EngineFile);
        }
        else
        {
            EngineFiles.InstallFixed(EngineFile);
        }

        Database = LabMtaDatabase.At(Path.Combine(Paths.DriveC, "exchsrvr", "mtadata"));
        Directory.CreateDirectory(Database.QueueFolder);
        File.WriteAllText(Paths.HostFile, JsonSerializer.Serialize(new { name = "lab1", mtaStartFailures = startFailures }));
    }

    public LabHostPaths Paths { get; }

    public string EngineFile { get; }

    public LabMtaDatabase Database { get; }

    public LabEventLog EventLog => new(Paths.EventLogFolder);

    public LabMtaProgress? Progress => LabMtaProgress.TryRead(Database.ProgressFile);

    public void Enqueue(string name, byte[] apdu) => File.WriteAllBytes(Path.Combine(Database.QueueFolder, name), apdu);

    public IReadOnlyList<EventLogEntry> MtaEvents(int? id = null) =>
        EventLog.Read(EventLogEntry.ApplicationLog, DateTimeOffset.MinValue)
            .Where(entry => entry.Source == ExchangeEvents.MtaSource && (id is null || entry.EventId == id))
            .ToArray();

    public static string[] Names(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Paths.LabRoot, recursive: true);
        }
        catch (IOException)
        {
            // a child process may still be going down; the temp folder is the OS's to clean
        }
    }
}
