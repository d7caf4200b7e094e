namespace Patcher.X411.Model;

/// <summary>X.411 <c>TraceInformationElement ::= SEQUENCE { global-domain-identifier, domain-supplied-information }</c>.</summary>
/// <param name="Domain">The domain that added the element.</param>
/// <param name="Information">What happened there and when.</param>
public sealed record TraceInformationElement(GlobalDomainIdentifier Domain, DomainSuppliedInformation Information);
