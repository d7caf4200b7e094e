namespace Patcher.Lab.Hosts;

/// <summary>A lab folder (<c>DIR</c>, with <c>lab.json</c>) and the hosts in it (subfolders with <c>host.json</c>).</summary>
public static class LabFolder
{
    /// <summary>The hosts of the lab, by name; only <paramref name="name"/> when given.</summary>
    /// <exception cref="LabHostException">The folder is not a lab, or it has no host <paramref name="name"/>.</exception>
    public static IReadOnlyList<LabHostPaths> Hosts(string labFolder, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labFolder);
        var lab = Path.GetFullPath(labFolder);
        _ = LabSettings.Load(lab);
        if (name is not null)
        {
            var host = new LabHostPaths(Path.Combine(lab, name));
            return File.Exists(host.HostFile)
                ? [host]
                : throw new LabHostException(LabHostException.HostNotFound, $"The lab {lab} has no host {name}: run patcher-lab lab add-host {lab} {name} --version V");
        }

        return Directory.EnumerateDirectories(lab)
            .Where(folder => !Path.GetFileName(folder).StartsWith('.') && File.Exists(Path.Combine(folder, "host.json")))
            .Order(StringComparer.Ordinal)
            .Select(folder => new LabHostPaths(folder))
            .ToArray();
    }
}
