namespace Patcher.Core.Reporting;

/// <summary><see cref="RestartResult"/> as <c>running</c>, <c>failed</c>, <c>timed-out</c> or <c>circuit-open</c>.</summary>
internal sealed class RestartResultJsonConverter() : NamedEnumJsonConverter<RestartResult>(result => result switch
{
    RestartResult.Running => "running",
    RestartResult.Failed => "failed",
    RestartResult.TimedOut => "timed-out",
    RestartResult.CircuitOpen => "circuit-open",
    _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
});
