using Patcher.X411.Model;

namespace Patcher.Agent.Ndr;

/// <summary>
/// Parses a domain in the X.400 text form operators use, <c>c=US;a= ;p=Contoso</c>: country and ADMD required,
/// PRMD optional. Values are kept exactly (a single-space ADMD means "any" and must survive).
/// </summary>
internal static class GlobalDomainIdentifierParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string text, out GlobalDomainIdentifier? domain, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        domain = null;
        problem = "";
        string? country = null, admd = null, prmd = null;
        foreach (var part in text.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part.Trim() : part[..equals].Trim();
            var value = equals < 0 ? null : part[(equals + 1)..];
            if (equals < 0 && key.Length == 0)
            {
                continue; // tolerate a trailing ';'
            }

            if (value is null || value.Length == 0)
            {
                problem = $"'{part}' has no value; write key=value (e.g. c=US;a= ;p=Contoso).";
                return false;
            }

            switch (key.ToUpperInvariant())
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
