using System.Diagnostics.CodeAnalysis;

namespace Patcher.X411.Model;

public sealed partial record GlobalDomainIdentifier
{
    /// <summary>
    /// Parses the X.400 text form operators write, <c>c=US;a= ;p=Contoso</c> (keys in any order and case, a trailing
    /// <c>;</c> tolerated): country and ADMD required, PRMD optional. Country and PRMD are trimmed and must not be empty;
    /// the ADMD is kept exactly, because a single space is the X.400 "any ADMD" (X.411 AdministrationDomainName).
    /// </summary>
    /// <param name="text">The text, e.g. <c>c=US;a= ;p=Contoso</c>.</param>
    /// <param name="domain">The domain; null on failure.</param>
    /// <param name="problem">On failure, a sentence saying what is wrong and how to write it; empty on success.</param>
    /// <returns>Whether <paramref name="text"/> is a domain.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out GlobalDomainIdentifier? domain, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        domain = null;
        problem = "";
        string? country = null, admd = null, prmd = null;
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part.Trim() : part[..equals].Trim();
            if (equals < 0 && key.Length == 0)
            {
                continue; // tolerate a trailing ';'
            }

            var value = equals < 0 ? "" : part[(equals + 1)..];
            var upper = key.ToUpperInvariant();

            // X.411 CountryName and PrivateDomainIdentifier have no empty value; the ADMD's " " (any) is not empty.
            if (upper is "C" or "P" ? value.Trim().Length == 0 : value.Length == 0)
            {
                problem = $"'{part}' has no value; write key=value (e.g. c=US;a= ;p=Contoso).";
                return false;
            }

            switch (upper)
            {
                case "C" when country is null:
                    country = value.Trim();
                    break;
                case "A" when admd is null:
                    admd = value; // " " is the X.400 "any ADMD" and must not be trimmed away
                    break;
                case "P" when prmd is null:
                    prmd = value.Trim();
                    break;
                case "C" or "A" or "P":
                    problem = $"'{key}' is given twice.";
                    return false;
                default:
                    problem = $"'{key}' is not a domain attribute: use c= (country), a= (ADMD) and optionally p= (PRMD).";
                    return false;
            }
        }

        if (country is null || admd is null)
        {
            problem = "a domain needs c= (country) and a= (ADMD, a single space for any), e.g. c=US;a= ;p=Contoso.";
            return false;
        }

        domain = new GlobalDomainIdentifier(country, admd, prmd);
        return true;
    }
}
