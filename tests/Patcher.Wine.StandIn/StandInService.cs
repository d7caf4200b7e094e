using System.Runtime.Versioning;
using System.ServiceProcess;

namespace Patcher.Wine.StandIn;

/// <summary>A service that does nothing but start and stop when asked: enough for the SCM code under test.</summary>
[SupportedOSPlatform("windows")]
internal sealed class StandInService : ServiceBase
{
    public StandInService(string name)
    {
        ServiceName = name;
        CanStop = true;
    }
}
