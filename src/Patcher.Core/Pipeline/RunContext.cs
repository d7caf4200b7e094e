using Patcher.Core.Packages;
using Patcher.Core.Services;

namespace Patcher.Core.Pipeline;

/// <summary>What one run carries from step to step.</summary>
internal sealed record RunContext(RunRecorder Recorder, ResilientServiceRestarter Restarter, IHotfixPackage? Package, string? PackageProblem)
{
    public List<FoundInstallation> Found { get; } = [];
}
