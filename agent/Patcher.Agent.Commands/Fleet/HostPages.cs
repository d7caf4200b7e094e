using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Patcher.Agent.Fleet;

/// <summary>
/// Writes every host's page into <c>hosts/</c> beside the main page, one host at a time (its newest report's detail as
/// kept when it was read, <see cref="HostReportSource"/>), and removes the pages of hosts no longer in the fleet. With an
/// index, a page whose inputs (the main page's name, and its runs' files by name, size and time) are those it was last
/// written from, and which is still the file that was written, is left as it is.
/// </summary>
internal static class HostPages
{
    /// <summary>Writes the pages for <paramref name="fleet"/> beside <paramref name="mainPage"/>; returns how many pages the fleet has and how many were written now.</summary>
    public static (int Pages, int Written) Write(string mainPage, FleetReport fleet, FleetIndex? index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mainPage);
        ArgumentNullException.ThrowIfNull(fleet);
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(mainPage)) ?? ".", HostPageName.Folder);
        var mainName = Path.GetFileName(mainPage);
        Directory.CreateDirectory(folder);
        var runs = fleet.Runs.ToLookup(r => r.HostKey, StringComparer.Ordinal);
        var pages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var host in fleet.Hosts)
        {
            var name = HostPageName.For(host.Host);
            var path = Path.Combine(folder, name);
            IReadOnlyList<HostRun> hostRuns = [.. runs[host.HostKey]];
            pages.Add(name);
            var inputs = Inputs(mainName, hostRuns);
            if (index is not null && index.PageIsCurrent(name, inputs, new FileInfo(path)))
            {
                continue;
            }

            var page = encoding.GetBytes(HostPageWriter.Write(host, hostRuns, fleet.Reports.Detail(host), mainName));
            var file = new FileInfo(path);
            if (file.Exists || file.LinkTarget is not null)
            {
                // Replaced by a rename, so whoever has the report open reads the old page or the new, never a part. Not
                // flushed to disk page by page: ten thousand fsyncs would be most of a report's time.
                var temporary = Path.Combine(folder, $".{name}.tmp");
                File.WriteAllBytes(temporary, page);
                File.Move(temporary, path, overwrite: true);
            }
            else
            {
                // A new page is written in place: no older page is lost, a browser opening it at that very moment may at
                // worst see it partly written, and half a page left by a crash does not match the index and is written
                // again. A temporary file and a rename per page would be most of a first report's time (on ext4 here, 10,000
                // of them took 5.9 s, plain creates 1.0 s).
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
                stream.Write(page);
            }

            index?.StorePage(name, inputs, new FileInfo(path));
            written++;
        }

        foreach (var stale in Directory.EnumerateFiles(folder, "host-*.html"))
        {
            if (!pages.Contains(Path.GetFileName(stale)))
            {
                File.Delete(stale);
            }
        }

        index?.CommitPages(pages);
        return (pages.Count, written);
    }

    /// <summary>
    /// What a host's page is made of, as a SHA-256: the main page it links back to and each of its runs' files by name,
    /// size and time (a run's summary and, for the newest, its detail are functions of its file).
    /// </summary>
    internal static byte[] Inputs(string mainPage, IEnumerable<HostRun> runs)
    {
        var text = new StringBuilder(mainPage).Append('\n');
        foreach (var run in runs.OrderBy(r => r.File, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{run.File}\t{run.FileSize}\t{run.FileTicks}\n");
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
