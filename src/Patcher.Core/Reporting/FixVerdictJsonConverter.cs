using Patcher.Core.Assessment;

namespace Patcher.Core.Reporting;

/// <summary><see cref="FixVerdict"/> as its <see cref="FixVerdictNames"/> name.</summary>
internal sealed class FixVerdictJsonConverter() : NamedEnumJsonConverter<FixVerdict>(FixVerdictNames.ToName);
