using Patcher.Core.Health;

namespace Patcher.Core.Reporting;

/// <summary><see cref="HealthVerdict"/> as its <see cref="HealthVerdictNames"/> name.</summary>
internal sealed class HealthVerdictJsonConverter() : NamedEnumJsonConverter<HealthVerdict>(HealthVerdictNames.ToName);
