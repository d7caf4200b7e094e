using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Patcher.Windows.Installer;

/// <summary>The installed-product queries of msi.dll (msi.h).</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class Msi
{
    private const string Library = "msi.dll";

    /// <summary>ERROR_SUCCESS.</summary>
    public const uint Success = 0;

    /// <summary>ERROR_MORE_DATA: the buffer was too small; the length now says how many characters are needed.</summary>
    public const uint MoreData = 234;

    /// <summary>ERROR_NO_MORE_ITEMS: the enumeration is over.</summary>
    public const uint NoMoreItems = 259;

    /// <summary>A product code in registry format, <c>{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}</c>: 38 characters and the terminator.</summary>
    public const int GuidBufferLength = 39;

    [LibraryImport(Library, EntryPoint = "MsiEnumRelatedProductsW", StringMarshalling = StringMarshalling.Utf16)]
    public static partial uint MsiEnumRelatedProducts(string upgradeCode, uint reserved, uint productIndex, char* productBuffer);

    [LibraryImport(Library, EntryPoint = "MsiGetProductInfoW", StringMarshalling = StringMarshalling.Utf16)]
    public static partial uint MsiGetProductInfo(string product, string property, char* valueBuffer, ref uint valueLength);
}
