namespace Patcher.Agent.Decode;

/// <summary>One trace-information element in a <see cref="ApduSummary"/>.</summary>
/// <param name="Domain">The domain that added it, e.g. <c>c=US;a= ;p=Contoso</c>.</param>
/// <param name="ArrivalTime">When the message entered that domain (ISO 8601 with offset).</param>
/// <param name="RoutingAction"><c>relayed</c> or <c>rerouted</c>.</param>
internal sealed record TraceSummary(string Domain, DateTimeOffset ArrivalTime, string RoutingAction);
