using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// A global domain identifier with these parts. Trace information repeats a few domains (one per hop, the same
    /// relays again and again, in every APDU), so equal identifiers share one immutable record.
    /// </summary>
    public GlobalDomainIdentifier GetDomain(string country, string admd, string? prmd)
    {
        var hash = (country.Length == 0 ? 0 : country[^1]) + (admd.Length * 3) + (string.IsNullOrEmpty(prmd) ? 0 : prmd[0] * 5);
        ref var slot = ref _names!.Domains[hash % RecentDomains.Size];
        if (slot is { } recent && recent.Country == country && recent.AdministrationDomain == admd && recent.PrivateDomain == prmd)
        {
            return recent;
        }

        return slot = new GlobalDomainIdentifier(country, admd, prmd);
    }
}
