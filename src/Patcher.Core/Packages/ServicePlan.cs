namespace Patcher.Core.Packages;

/// <summary>
/// The services the swap needs stopped, in stop order: the MTA's dependents first, then the MTA (KB Q143380).
/// They are started again in reverse order, and only those that were running before are started.
/// </summary>
/// <param name="StopOrder">E.g. <c>MSExchangeIMC</c>, <c>MSExchangeDX</c>, <c>MSExchangeMTA</c>.</param>
public sealed record ServicePlan(IReadOnlyList<string> StopOrder)
{
    /// <summary>The start order: the stop order reversed.</summary>
    public IReadOnlyList<string> StartOrder => StopOrder.Reverse().ToArray();
}
