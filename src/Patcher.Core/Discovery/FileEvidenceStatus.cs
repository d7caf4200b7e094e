namespace Patcher.Core.Discovery;

/// <summary>What became of reading one file's version resource.</summary>
public enum FileEvidenceStatus
{
    /// <summary>The version was read from the file's VS_VERSIONINFO.</summary>
    Read,

    /// <summary>The file does not exist.</summary>
    Missing,

    /// <summary>The file is not a PE image with a readable version resource (a <c>PE0xx</c> code says why).</summary>
    Malformed,

    /// <summary>The file exists but could not be read (access denied, I/O error, a path the host cannot map).</summary>
    Unreadable,
}
