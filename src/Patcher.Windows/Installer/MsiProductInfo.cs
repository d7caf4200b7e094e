using System.Globalization;

namespace Patcher.Windows.Installer;

/// <summary>Parses the strings <c>MsiGetProductInfo</c> returns.</summary>
internal static class MsiProductInfo
{
    /// <summary>INSTALLPROPERTY_INSTALLEDPRODUCTNAME.</summary>
    public const string InstalledProductName = "InstalledProductName";

    /// <summary>INSTALLPROPERTY_VERSIONSTRING, e.g. <c>1.0.0</c>.</summary>
    public const string VersionString = "VersionString";

    /// <summary>INSTALLPROPERTY_INSTALLDATE, <c>YYYYMMDD</c>.</summary>
    public const string InstallDate = "InstallDate";

    /// <summary>A version string, or null when empty or malformed.</summary>
    public static Version? ParseVersion(string? text) => Version.TryParse(text, out var version) ? version : null;

    /// <summary>An install date written <c>YYYYMMDD</c>, or null when empty or malformed.</summary>
    public static DateOnly? ParseInstallDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The upgrade or product code as msi.dll wants it: upper case, in braces.</summary>
    public static string ToRegistryFormat(Guid code) => code.ToString("B").ToUpperInvariant();
}
