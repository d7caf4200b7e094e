namespace Patcher.Core.Reporting;

/// <summary><see cref="HostOutcome"/> as its <see cref="HostOutcomeNames"/> name.</summary>
internal sealed class HostOutcomeJsonConverter() : NamedEnumJsonConverter<HostOutcome>(HostOutcomeNames.ToName);
