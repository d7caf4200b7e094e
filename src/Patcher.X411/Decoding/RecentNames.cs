using System.Runtime.CompilerServices;

namespace Patcher.X411.Decoding;

/// <summary>
/// The strings and global domain identifiers decodes made lately on this thread, so that equal names share one
/// instance within an APDU and across the APDUs an MTA decodes one after another (the same domains and relays, hop
/// after hop). Everything kept is immutable, and every hit is compared by value, so sharing never changes a result.
/// Per thread: no locks, and the reader holds it only while decoding (validation touches none of it).
/// </summary>
internal sealed class RecentNames
{
    [ThreadStatic]
    private static RecentNames? _ofThisThread;

    public static RecentNames OfThisThread => _ofThisThread ?? First();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RecentNames First() => _ofThisThread = new RecentNames();

    public RecentStrings Strings;

    public RecentDomains Domains;
}
