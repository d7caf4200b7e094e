using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Health;

namespace Patcher.Core.Pipeline;

/// <summary>An installation as the run found it: its assessment and its health.</summary>
internal sealed record FoundInstallation(MtaInstallation Installation, FixAssessment Assessment, MtaHealth Health);
