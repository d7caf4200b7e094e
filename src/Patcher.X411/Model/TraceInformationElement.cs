namespace Patcher.X411.Model;

/// <summary>X.411 <c>TraceInformationElement ::= SEQUENCE { global-domain-identifier, domain-supplied-information }</c>.</summary>
/// <remarks>
/// A value, held in its list's array: a hop is one slot of the trace's array, not two objects of its own (issue 13).
/// </remarks>
/// <param name="Domain">The domain that added the element.</param>
/// <param name="Information">What happened there and when.</param>
public readonly record struct TraceInformationElement(GlobalDomainIdentifier Domain, DomainSuppliedInformation Information);
