using System.Security.Cryptography;
using System.Text;

namespace Patcher.Agent.Fleet;

/// <summary>
/// The file a host's page is written to, <c>hosts/host-&lt;name&gt;.html</c>: the host's HTML id
/// (<see cref="FleetHtmlWriter.HostAnchor"/>: letters, digits and <c>-</c> kept, anything else as <c>_</c> and four hex
/// digits, so two names never share a file) of its upper-cased name, as hosts are grouped case-insensitively and a
/// Windows share would not tell <c>exch01</c> from <c>EXCH01</c>. The <c>host-</c> prefix keeps it off device names
/// (<c>CON</c>, <c>NUL</c>); a name too long for a file keeps its first characters and a SHA-256 prefix of the whole.
/// </summary>
internal static class HostPageName
{
    /// <summary>The folder beside the main page that holds the host pages.</summary>
    public const string Folder = "hosts";

    private const int MaxStemLength = 120;

    /// <summary>The page's file name for <paramref name="host"/>.</summary>
    public static string For(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var stem = FleetHtmlWriter.HostAnchor(host.ToUpperInvariant());
        if (stem.Length > MaxStemLength)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(host.ToUpperInvariant())))[..32];
            stem = $"{stem[..(MaxStemLength - 33)]}-{hash}";
        }

        return stem + ".html";
    }

    /// <summary>The link from the main page: <c>hosts/host-EXCH01.html</c>.</summary>
    public static string Link(string host) => $"{Folder}/{For(host)}";
}
