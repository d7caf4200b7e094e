namespace Patcher.Core.Files;

/// <summary>What a path names once its links are followed, as far as a bounded read cares.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or a link points nowhere).</summary>
    Missing,

    /// <summary>A regular file: the only kind whose content is finite and stays put.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO (named pipe) or an anonymous pipe: opening it waits for a writer, reading it may never end.</summary>
    Pipe,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal): endless, or waiting on someone.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk): gigabytes of someone else's data.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,
}
