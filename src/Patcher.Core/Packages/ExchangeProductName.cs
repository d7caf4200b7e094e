namespace Patcher.Core.Packages;

/// <summary>Whether a file's ProductName version string says it is part of Exchange: what both a vendor payload and an installed MTA must say.</summary>
public static class ExchangeProductName
{
    /// <summary>
    /// Whether <paramref name="productName"/> contains "Exchange" (case-insensitive): Microsoft's Exchange 5.5 files say
    /// <c>Microsoft Exchange</c>, some builds <c>Microsoft(R) Exchange</c>; the word is enough.
    /// </summary>
    public static bool Matches(string? productName) => productName?.Contains("Exchange", StringComparison.OrdinalIgnoreCase) == true;
}
