namespace Patcher.X411.Model;

/// <summary>X.411 <c>RoutingAction ::= ENUMERATED { relayed(0), rerouted(1) }</c>.</summary>
public enum RoutingAction
{
    /// <summary>relayed(0).</summary>
    Relayed = 0,

    /// <summary>rerouted(1).</summary>
    Rerouted = 1,
}
