using System.Runtime.Versioning;

namespace Patcher.Windows.Installer;

/// <summary>
/// A product installed by Windows Installer, shaped like DTF's <c>ProductInstallation</c> (which is not served to
/// this build): what msi.dll knows of the Patcher agent installed by its MSI, for <c>patcher --version</c>.
/// </summary>
/// <param name="ProductCode">The installed product's ProductCode.</param>
/// <param name="ProductName">Its InstalledProductName.</param>
/// <param name="ProductVersion">Its VersionString; null if msi.dll gave none.</param>
/// <param name="InstallDate">When it was installed or last serviced; null if msi.dll gave none.</param>
public sealed record MsiProductInstallation(Guid ProductCode, string ProductName, Version? ProductVersion, DateOnly? InstallDate)
{
    /// <summary>
    /// The products installed on this machine that share <paramref name="upgradeCode"/> (MsiEnumRelatedProducts), one
    /// per installed version. Empty off Windows, and when none is installed.
    /// </summary>
    public static IReadOnlyList<MsiProductInstallation> GetProducts(Guid upgradeCode) =>
        OperatingSystem.IsWindows() ? Enumerate(MsiProductInfo.ToRegistryFormat(upgradeCode)) : [];

    [SupportedOSPlatform("windows")]
    private static unsafe List<MsiProductInstallation> Enumerate(string upgradeCode)
    {
        var products = new List<MsiProductInstallation>();
        var buffer = stackalloc char[Msi.GuidBufferLength];
        for (uint index = 0; ; index++)
        {
            var result = Msi.MsiEnumRelatedProducts(upgradeCode, 0, index, buffer);
            if (result != Msi.Success)
            {
                // ERROR_NO_MORE_ITEMS ends the list; any other error (ERROR_BAD_CONFIGURATION) leaves it as found so far:
                // a version query must not fail because the installer database is damaged.
                return products;
            }

            var productCode = new string(buffer);
            if (Guid.TryParse(productCode, out var code))
            {
                products.Add(new MsiProductInstallation(
                    code,
                    GetInfo(productCode, MsiProductInfo.InstalledProductName) ?? "",
                    MsiProductInfo.ParseVersion(GetInfo(productCode, MsiProductInfo.VersionString)),
                    MsiProductInfo.ParseInstallDate(GetInfo(productCode, MsiProductInfo.InstallDate))));
            }
        }
    }

    [SupportedOSPlatform("windows")]
    private static unsafe string? GetInfo(string productCode, string property)
    {
        uint length = 0;
        char empty = '\0';
        // The first call asks for the length (without the terminator); the second reads the value.
        var result = Msi.MsiGetProductInfo(productCode, property, &empty, ref length);
        if (result is not (Msi.Success or Msi.MoreData))
        {
            return null;
        }

        length++;
        var value = new char[length];
        fixed (char* buffer = value)
        {
            result = Msi.MsiGetProductInfo(productCode, property, buffer, ref length);
        }

        return result == Msi.Success ? new string(value, 0, (int)length) : null;
    }
}
