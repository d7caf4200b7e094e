using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Core.Apply;

/// <summary>What the installed EMSMTA.EXE's own headers and version resource say: what a package must fit.</summary>
/// <param name="HostPath">Where it is, e.g. <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</param>
/// <param name="Version">Its file version.</param>
/// <param name="Machine">Its COFF machine (i386 or alpha for Exchange 5.5).</param>
/// <param name="ProductName">Its ProductName string, e.g. <c>Microsoft Exchange</c>; null when it has none.</param>
internal sealed record InstalledMta(string HostPath, FileVersion Version, PeMachine Machine, string? ProductName)
{
    /// <summary>
    /// The product as manifests name it (<c>Exchange 5.5 MTA</c>) when the ProductName says Exchange
    /// (<see cref="ExchangeProductName"/>); otherwise the ProductName itself, which no Exchange package's product equals.
    /// </summary>
    public string Product => ExchangeProductName.Matches(ProductName)
        ? $"Exchange {Version.Major}.{Version.Minor} MTA"
        : ProductName is { Length: > 0 } name ? name : "a file without a ProductName";
}
