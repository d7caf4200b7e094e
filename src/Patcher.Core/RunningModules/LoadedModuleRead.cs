namespace Patcher.Core.RunningModules;

/// <summary>What reading a process's modules gave: the modules asked for that it loaded, or why none could be read.</summary>
/// <param name="ProcessId">The process read.</param>
/// <param name="Modules">The modules found (empty when unreadable; a file not loaded is simply absent).</param>
/// <param name="Problem">Why the modules could not be read, for the evidence; null when they were.</param>
public sealed record LoadedModuleRead(int ProcessId, IReadOnlyList<LoadedModule> Modules, string? Problem)
{
    /// <summary>Whether the module list was read.</summary>
    public bool Readable => Problem is null;

    /// <summary>A read that says why it has nothing.</summary>
    public static LoadedModuleRead Unreadable(int processId, string problem) => new(processId, [], problem);
}
