using Patcher.Core.Platform;
using Patcher.Core.RunningModules;

namespace Patcher.Core.Tests.Discovery;

/// <summary>
/// A process's modules read from the fake host's real files: by default the process loaded each file asked for from
/// <c>C:\EXCHSRVR\BIN</c>; <see cref="LoadedFrom"/> points a name elsewhere, <see cref="Problem"/> makes the list unreadable.
/// </summary>
internal sealed class FakeModuleProbe(IFileSystem files) : IProcessModuleProbe
{
    public Dictionary<string, string> LoadedFrom { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Problem { get; set; }

    public List<int> ReadPids { get; } = [];

    public LoadedModuleRead Read(int processId, IReadOnlyCollection<string> fileNames)
    {
        ReadPids.Add(processId);
        if (Problem is { } problem)
        {
            return LoadedModuleRead.Unreadable(processId, problem);
        }

        var modules = fileNames
            .Select(name => LoadedFrom.GetValueOrDefault(name) ?? FakeHost.Root + @"\BIN\" + name)
            .Where(path => File.Exists(files.ToLocalPath(path)))
            .Select(path => LoadedModuleFile.Read(path, files.ToLocalPath(path)))
            .ToArray();
        return new LoadedModuleRead(processId, modules, null);
    }
}
