using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.ServiceProcess;

namespace Patcher.Wine.StandIn;

/// <summary>
/// A service that does nothing but start and stop when asked: enough for the SCM code under test. As MSExchangeMTA it
/// loads <c>X400OM.DLL</c> from its own folder, as EMSMTA.EXE does, so the agent's loaded-module evidence has a real
/// module to find (issue 15).
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class StandInService : ServiceBase
{
    private nint _engine;

    public StandInService(string name)
    {
        ServiceName = name;
        CanStop = true;
    }

    protected override void OnStart(string[] args)
    {
        if (ServiceName.Equals("MSExchangeMTA", StringComparison.OrdinalIgnoreCase))
        {
            // A missing or unloadable engine leaves the stand-in running without it: the evidence then says "not loaded".
            _ = NativeLibrary.TryLoad(Path.Combine(AppContext.BaseDirectory, "x400om.dll"), out _engine);
        }
    }

    protected override void OnStop()
    {
        if (_engine != 0)
        {
            NativeLibrary.Free(_engine);
            _engine = 0;
        }
    }
}
