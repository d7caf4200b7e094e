namespace Patcher.Core.RunningModules;

/// <summary>
/// Reads which files a running process actually loaded (issue 15): on Windows the process's module list, in the lab what
/// the lab MTA reports of itself. The evidence behind <c>running-the-fix</c>: files on disk say what is installed, this
/// says what runs.
/// </summary>
public interface IProcessModuleProbe
{
    /// <summary>
    /// The modules of process <paramref name="processId"/> whose file names are among <paramref name="fileNames"/>
    /// (e.g. <c>EMSMTA.EXE</c>, <c>X400OM.DLL</c>, case-insensitive), each with its path, version and SHA-256; or why they
    /// cannot be read (access denied, the process gone, a platform that does not say). Never throws for those.
    /// </summary>
    LoadedModuleRead Read(int processId, IReadOnlyCollection<string> fileNames);
}
