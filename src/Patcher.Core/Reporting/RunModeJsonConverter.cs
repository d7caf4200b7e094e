namespace Patcher.Core.Reporting;

/// <summary><see cref="RunMode"/> as <c>apply</c> or <c>scan-only</c>.</summary>
internal sealed class RunModeJsonConverter() : NamedEnumJsonConverter<RunMode>(mode => mode switch
{
    RunMode.Apply => "apply",
    RunMode.ScanOnly => "scan-only",
    _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
});
