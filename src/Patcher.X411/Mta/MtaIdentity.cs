using Patcher.X411.Model;

namespace Patcher.X411.Mta;

/// <summary>Who this MTA is: its domain and name, as it writes them in trace and NDRs.</summary>
/// <param name="Domain">The MTA's global domain identifier.</param>
/// <param name="MtaName">The MTA's name (IA5String 1..32).</param>
internal sealed record MtaIdentity(GlobalDomainIdentifier Domain, string MtaName)
{
    private const int MaxMtaNameLength = 32; // ub-mta-name-length

    /// <summary>Validates the name and parses the domain, written <c>c=US;a= ;p=Contoso</c> (country and ADMD required).</summary>
    /// <exception cref="ArgumentException">Either is not valid.</exception>
    public static MtaIdentity Create(string mtaName, string domain)
    {
        ArgumentNullException.ThrowIfNull(mtaName);
        ArgumentNullException.ThrowIfNull(domain);
        if (mtaName.Length is 0 or > MaxMtaNameLength || !mtaName.All(char.IsAscii))
        {
            throw new ArgumentException($"The MTA name '{mtaName}' must be 1 to {MaxMtaNameLength} IA5 characters (X.411 MTAName).", nameof(mtaName));
        }

        return new MtaIdentity(ParseDomain(domain), mtaName);
    }

    private static GlobalDomainIdentifier ParseDomain(string text)
    {
        string? country = null, admd = null, prmd = null;
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (part.Trim().Length == 0)
                {
                    continue; // a trailing ';'
                }

                throw BadDomain(text, $"'{part}' is not key=value");
            }

            var value = part[(equals + 1)..];
            switch (part[..equals].Trim().ToUpperInvariant())
            {
                case "C" when country is null && value.Trim().Length > 0:
                    country = value.Trim();
                    break;
                case "A" when admd is null && value.Length > 0:
                    admd = value; // " " is the X.400 "any ADMD" and must survive
                    break;
                case "P" when prmd is null && value.Trim().Length > 0:
                    prmd = value.Trim();
                    break;
                default:
                    throw BadDomain(text, $"'{part}' is empty, repeated or not c=, a= or p=");
            }
        }

        return country is null || admd is null
            ? throw BadDomain(text, "c= (country) and a= (ADMD, a single space for any) are required")
            : new GlobalDomainIdentifier(country, admd, prmd);
    }

    private static ArgumentException BadDomain(string reportingDomain, string why) =>
        new($"The reporting domain '{reportingDomain}' is not valid: {why}; write e.g. c=US;a= ;p=Contoso.", nameof(reportingDomain));
}
