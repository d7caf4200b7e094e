using System.Globalization;
using Patcher.Core.RunningModules;
using Patcher.Core.Versioning;
using Patcher.Lab.Files;
using Patcher.Lab.Registry;

namespace Patcher.Lab.Mta;

/// <summary>
/// The lab's module list: the lab MTA publishes what it loaded (its image and the engine, each path with the version and
/// SHA-256 of the bytes it loaded) in <c>progress.json</c> before it reports running; this reads it back for the agent.
/// The file is another process's output: read bounded, and every field checked before it becomes evidence.
/// </summary>
/// <param name="registry">The lab host's registry (where the MTA database is).</param>
/// <param name="files">The lab host's drives.</param>
public sealed class LabModuleProbe(LabRegistry registry, LabFileSystem files) : IProcessModuleProbe
{
    private const int MaxPath = 260;

    /// <inheritdoc />
    public LoadedModuleRead Read(int processId, IReadOnlyCollection<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        LabMtaInstallation installation;
        try
        {
            installation = LabMtaInstallation.Locate(registry, files);
        }
        catch (LabMtaStartException e)
        {
            return LoadedModuleRead.Unreadable(processId, e.Message);
        }

        if (LabMtaProgress.TryRead(installation.Database.ProgressFile, out var problem) is not { } progress)
        {
            return LoadedModuleRead.Unreadable(processId, $"the lab MTA's status cannot be read: {problem}");
        }

        if (progress.Pid != processId)
        {
            return LoadedModuleRead.Unreadable(processId, string.Create(CultureInfo.InvariantCulture,
                $"the lab MTA's status is from pid {progress.Pid}, not the running pid {processId} (not yet published, or written by another process)"));
        }

        if (progress.Modules is null)
        {
            return LoadedModuleRead.Unreadable(processId, "the lab MTA's status names no modules (written by an MTA that does not report them)");
        }

        var modules = progress.Modules
            .Take(16)
            .Select(ToModule)
            .Where(m => fileNames.Contains(m.Name, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        return new LoadedModuleRead(processId, modules, null);
    }

    private static LoadedModule ToModule(LabMtaModule reported)
    {
        var path = reported.HostPath ?? "";
        if (path.Length is 0 or > MaxPath || path.Any(char.IsControl))
        {
            return new LoadedModule("?", "?", null, null, "the lab MTA's status names a module path that is empty, too long or has control characters");
        }

        var version = FileVersion.TryParse(reported.FileVersion ?? "", out var parsed) ? parsed : (FileVersion?)null;
        var sha256 = reported.Sha256 is { Length: 64 } hash && hash.All(char.IsAsciiHexDigit) ? hash.ToLowerInvariant() : null;
        var problem = reported.Problem is { Length: > 0 } said
            ? "the lab MTA says: " + Printable(said)
            : sha256 is null ? "the lab MTA's status gives no valid SHA-256 for it" : version is null ? "no file version" : null;
        return new LoadedModule(LoadedModuleFile.NameOf(path), path, version, sha256, problem);
    }

    /// <summary>At most 300 characters, control characters shown as <c>?</c>: the text goes into reports and terminals.</summary>
    private static string Printable(string text)
    {
        var cut = text.Length > 300 ? text[..300] + "…" : text;
        return new string(cut.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
