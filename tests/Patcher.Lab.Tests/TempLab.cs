using Patcher.Lab.Hosts;

namespace Patcher.Lab.Tests;

/// <summary>A lab folder under /tmp for one test, deleted (with every process of its hosts killed) on dispose.</summary>
internal sealed class TempLab : IDisposable
{
    public TempLab()
    {
        // Short: the SCM socket path must stay under the OS limit.
        Root = Path.Combine(Path.GetTempPath(), "plab-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        // A hung MTA stops after 2 s rather than 5: the crash and rollback tests stop one in nearly every run.
        new LabSettings { MtaStopGraceSeconds = 2 }.Save(Root);
    }

    public string Root { get; }

    public static LabEngineAssemblies Engines => LabEngineAssemblies.In(AppContext.BaseDirectory);

    public LabHostPaths Host(string name) => new(Path.Combine(Root, name));

    public LabHostPaths AddHost(string name, LabHostOptions options)
    {
        LabHostBuilder.Create(Root, name, options, Engines);
        return Host(name);
    }

    public void Dispose()
    {
        foreach (var folder in Directory.Exists(Root) ? Directory.GetDirectories(Root) : [])
        {
            LabHostController.KillAll(new LabHostPaths(folder));
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process may still be writing; its daemon's watchdog ends it once the folder is gone.
        }
    }
}
