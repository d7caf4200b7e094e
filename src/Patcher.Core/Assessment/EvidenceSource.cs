namespace Patcher.Core.Assessment;

/// <summary>Where a piece of version evidence came from.</summary>
public enum EvidenceSource
{
    /// <summary>The file's own VS_VERSIONINFO: what verdicts are decided on.</summary>
    FileVersionResource,

    /// <summary>A registry value: shown for comparison, never decisive (KB Q278518).</summary>
    Registry,
}
