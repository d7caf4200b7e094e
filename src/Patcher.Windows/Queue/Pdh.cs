using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Patcher.Windows.Queue;

/// <summary>
/// The Performance Data Helper (pdh.dll): reads performance counters without the System.Diagnostics.PerformanceCounter
/// package. PdhAddEnglishCounter takes the English counter path whatever the system's language.
/// </summary>
[SupportedOSPlatform("windows")]
internal static partial class Pdh
{
    private const string Library = "pdh.dll";

    /// <summary>ERROR_SUCCESS.</summary>
    public const uint Success = 0;

    /// <summary>PDH_CSTATUS_VALID_DATA.</summary>
    public const uint ValidData = 0;

    /// <summary>PDH_CSTATUS_NEW_DATA.</summary>
    public const uint NewData = 1;

    /// <summary>PDH_FMT_LARGE: the value as a 64-bit integer.</summary>
    public const uint FormatLarge = 0x00000400;

    /// <summary>PDH_FMT_NOCAP100: do not cap at 100 (these are counts, not percentages).</summary>
    public const uint FormatNoCap100 = 0x00008000;

    [LibraryImport(Library, EntryPoint = "PdhOpenQueryW", StringMarshalling = StringMarshalling.Utf16)]
    public static partial uint PdhOpenQuery(string? dataSource, nint userData, out SafePdhQueryHandle query);

    [LibraryImport(Library, EntryPoint = "PdhAddEnglishCounterW", StringMarshalling = StringMarshalling.Utf16)]
    public static partial uint PdhAddEnglishCounter(SafePdhQueryHandle query, string counterPath, nint userData, out nint counter);

    [LibraryImport(Library)]
    public static partial uint PdhCollectQueryData(SafePdhQueryHandle query);

    [LibraryImport(Library)]
    public static partial uint PdhGetFormattedCounterValue(nint counter, uint format, out uint type, out PdhFormattedCounterValue value);

    [LibraryImport(Library)]
    public static partial uint PdhCloseQuery(nint query);
}
