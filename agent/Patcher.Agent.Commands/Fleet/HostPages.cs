using System.Text;

namespace Patcher.Agent.Fleet;

/// <summary>
/// Writes every host's page into <c>hosts/</c> beside the main page, one host at a time (its newest report read again
/// through <see cref="HostReportSource"/>), and removes the pages of hosts no longer in the fleet.
/// </summary>
internal static class HostPages
{
    /// <summary>Writes the pages for <paramref name="fleet"/> beside <paramref name="mainPage"/>; returns how many.</summary>
    public static int Write(string mainPage, FleetReport fleet)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mainPage);
        ArgumentNullException.ThrowIfNull(fleet);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(mainPage)) ?? ".", HostPageName.Folder);
        Directory.CreateDirectory(folder);
        var runs = fleet.Runs.GroupBy(r => r.HostKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<HostRun>)[.. g], StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var host in fleet.Hosts)
        {
            var report = fleet.Reports.Load(host, out var problem);
            var name = HostPageName.For(host.Host);
            var page = HostPageWriter.Write(host, runs[host.HostKey], report, problem, Path.GetFileName(mainPage));
            // Renamed into place like every output, but not flushed to disk one by one: ten thousand fsyncs for pages
            // the next report writes again anyway would be most of its time.
            var temporary = Path.Combine(folder, $".{name}.tmp");
            File.WriteAllText(temporary, page, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
            written.Add(name);
        }

        foreach (var stale in Directory.EnumerateFiles(folder, "host-*.html"))
        {
            if (!written.Contains(Path.GetFileName(stale)))
            {
                File.Delete(stale);
            }
        }

        return written.Count;
    }
}
