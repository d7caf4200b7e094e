using Patcher.X411.Model;

namespace Patcher.X411.Mta;

/// <summary>Who this MTA is: its domain and name, as it writes them in trace and NDRs.</summary>
/// <param name="Domain">The MTA's global domain identifier.</param>
/// <param name="MtaName">The MTA's name (IA5String 1..32).</param>
internal sealed record MtaIdentity(GlobalDomainIdentifier Domain, string MtaName)
{
    /// <summary>Validates the name (<see cref="MtaNames.Problem"/>) and parses the domain (<see cref="GlobalDomainIdentifier.TryParse"/>).</summary>
    /// <exception cref="ArgumentException">Either is not valid.</exception>
    public static MtaIdentity Create(string mtaName, string domain)
    {
        ArgumentNullException.ThrowIfNull(mtaName);
        ArgumentNullException.ThrowIfNull(domain);
        if (MtaNames.Problem(mtaName) is { } problem)
        {
            throw new ArgumentException($"The MTA name '{mtaName}' is not valid (X.411 MTAName): {problem}.", nameof(mtaName));
        }

        return GlobalDomainIdentifier.TryParse(domain, out var parsed, out var why)
            ? new MtaIdentity(parsed, mtaName)
            : throw new ArgumentException($"The reporting domain '{domain}' is not valid: {why}", nameof(domain));
    }
}
