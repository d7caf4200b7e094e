using Patcher.Core.Versioning;

namespace Patcher.Lab.Hosts;

/// <summary>
/// The two engines a lab host's <c>X400OM.DLL</c> can be: the patched engine the agent ships (<c>Patcher.X411.dll</c>) and
/// the fixture that reproduces the defect (<c>Patcher.Lab.PreFixEngine.dll</c>); both sit next to the agent.
/// </summary>
/// <param name="FixedEngine">The patched engine's path.</param>
/// <param name="PreFixEngine">The pre-fix fixture's path.</param>
public sealed record LabEngineAssemblies(string FixedEngine, string PreFixEngine)
{
    /// <summary>The patched engine's file name.</summary>
    public const string FixedEngineFileName = "Patcher.X411.dll";

    /// <summary>The pre-fix fixture's file name.</summary>
    public const string PreFixEngineFileName = "Patcher.Lab.PreFixEngine.dll";

    /// <summary>The first MTA build carrying the Q248732 fix (the hotfix, 5.5.2651.69): engines at or above it are the patched one.</summary>
    public static FileVersion FixedFrom { get; } = new(5, 5, 2651, 69);

    /// <summary>The engines in <paramref name="folder"/>.</summary>
    public static LabEngineAssemblies In(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new LabEngineAssemblies(Path.Combine(folder, FixedEngineFileName), Path.Combine(folder, PreFixEngineFileName));
    }

    /// <summary>The engines next to this program.</summary>
    public static LabEngineAssemblies NextToThisProgram() => In(AppContext.BaseDirectory);

    /// <summary>The engine an MTA host at <paramref name="engineVersion"/> runs: patched from 5.5.2651.69, else the fixture.</summary>
    public string For(FileVersion engineVersion) => engineVersion >= FixedFrom ? FixedEngine : PreFixEngine;
}
