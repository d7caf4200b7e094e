namespace Patcher.Agent.Tests.BadInput;

/// <summary>The classes of bad input every command that takes a file, a folder or a setting must survive.</summary>
public enum BadInput
{
    /// <summary>An empty file.</summary>
    Empty,

    /// <summary>A path where nothing is.</summary>
    Missing,

    /// <summary>A FIFO no one writes to: opening it blocks.</summary>
    Fifo,

    /// <summary>A directory where a file is expected.</summary>
    Directory,

    /// <summary>An endless device, <c>/dev/zero</c> (or a link to it where the name is fixed).</summary>
    EndlessDevice,

    /// <summary>A sparse 8 GiB file: over every cap, and its Length is not to be trusted.</summary>
    Huge,

    /// <summary>JSON cut short.</summary>
    MalformedJson,

    /// <summary>An output path under a regular file: it can never be written.</summary>
    Unwritable,
}
