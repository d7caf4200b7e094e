using Patcher.Core.Packages;
using Patcher.Core.Services;

namespace Patcher.Core.Pipeline;

/// <summary>What one run carries from step to step.</summary>
internal sealed record RunContext(RecoveryLoop Loop, IHotfixPackage? Package, string? PackageProblem)
{
    public RunRecorder Recorder => Loop.Recorder;

    public ResilientServiceRestarter Restarter => Loop.Restarter;

    public List<FoundInstallation> Found { get; } = [];
}
