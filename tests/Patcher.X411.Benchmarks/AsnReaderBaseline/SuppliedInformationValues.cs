using Patcher.X411.Model;

namespace Patcher.X411.Benchmarks.AsnReaderBaseline;

/// <summary>What domain- and MTA-supplied information have in common, gathered while reading the SET.</summary>
internal struct SuppliedInformationValues
{
    public int Seen;
    public DateTimeOffset ArrivalTime;
    public RoutingAction RoutingAction;
    public GlobalDomainIdentifier? AttemptedDomain;
    public DateTimeOffset? DeferredTime;
    public EncodedInformationTypes? Converted;
    public OtherActions OtherActions;
}
