using Patcher.X411.Model;

namespace Patcher.X411.Decoding;

internal ref partial struct P1Reader
{
    /// <summary>
    /// The global domain identifier whose names a common form read (<paramref name="parts"/>: a global domain identifier's,
    /// or an O/R name's country, ADMD and PRMD, which are encoded alike but for the PRMD's A2 wrapper in an O/R name).
    /// Every trace element, MTS identifier and O/R name starts with one, and an MTA sees the same few again and again, so
    /// the octets are compared with those of the identifiers made lately first: one comparison of some twenty octets
    /// instead of reading three strings and looking each up.
    /// </summary>
    public GlobalDomainIdentifier GetDomain(in DomainParts parts)
    {
        var country = StringAt(parts.Country);
        var admd = StringAt(parts.AdministrationDomain);
        var prmd = parts.PrivateDomain == 0 ? default : StringAt(parts.PrivateDomain);
        // The country's wrapper (61) starts two octets before its string; the ADMD's (62) follows it at once.
        var names = _data[(parts.Country - 2)..admd.End];
        var privateDomain = parts.PrivateDomain == 0 ? default : _data[parts.PrivateDomain..prmd.End];
        var set = DomainSet(country.Length == 0 ? 0 : _data[country.End - 1], admd.Length, prmd.Length == 0 ? 0 : _data[prmd.Start]);
        ref var first = ref _names!.Domains[set];
        ref var second = ref _names.Domains[set + 1];
        if (first.WasReadFrom(names, privateDomain))
        {
            return first.Domain;
        }

        if (second.WasReadFrom(names, privateDomain))
        {
            (first, second) = (second, first);
            return first.Domain;
        }

        var domain = GetDomain(GetString(country), GetString(admd), parts.PrivateDomain == 0 ? null : GetString(prmd));
        // GetDomain put it first in this set; remember where it was read from.
        first = first with { Octets = [.. names, .. privateDomain], Split = names.Length };
        return domain;
    }

    /// <summary>
    /// A global domain identifier with these parts. Trace information repeats a few domains (one per hop, the same
    /// relays again and again, in every APDU), so equal identifiers share one immutable record.
    /// </summary>
    public GlobalDomainIdentifier GetDomain(string country, string admd, string? prmd)
    {
        var set = DomainSet(country.Length == 0 ? 0 : country[^1], admd.Length, string.IsNullOrEmpty(prmd) ? 0 : prmd[0]);
        ref var first = ref _names!.Domains[set];
        ref var second = ref _names.Domains[set + 1];
        if (IsDomain(first.Domain, country, admd, prmd))
        {
            return first.Domain;
        }

        if (IsDomain(second.Domain, country, admd, prmd))
        {
            (first, second) = (second, first);
            return first.Domain;
        }

        second = first;
        first = new RecentDomain(new GlobalDomainIdentifier(country, admd, prmd), null, 0);
        return first.Domain;
    }

    /// <summary>The set of <see cref="RecentDomains"/> for a domain: the same from its octets and from its strings.</summary>
    private static int DomainSet(int countryLast, int admdLength, int prmdFirst) =>
        (int)((uint)(countryLast + (admdLength * 3) + (prmdFirst * 5)) % RecentDomains.Sets) * 2;

    private static bool IsDomain(GlobalDomainIdentifier? domain, string country, string admd, string? prmd) =>
        domain is not null && domain.Country == country && domain.AdministrationDomain == admd && domain.PrivateDomain == prmd;
}
