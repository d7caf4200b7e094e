namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>InternalTraceInformationElement ::= SEQUENCE { global-domain-identifier, mta-name, mta-supplied-information }</c>:
/// the MTA-level trace, carried as standard extension 38 (internal-trace-information).
/// </summary>
/// <remarks>A value held in its list's array, as <see cref="TraceInformationElement"/> is (issue 13).</remarks>
/// <param name="Domain">The MTA's domain.</param>
/// <param name="MtaName">The MTA (IA5String 1..32).</param>
/// <param name="Information">What the MTA did and when.</param>
public readonly record struct InternalTraceInformationElement(GlobalDomainIdentifier Domain, string MtaName, MtaSuppliedInformation Information);
