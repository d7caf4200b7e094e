namespace Patcher.Core.Apply;

/// <summary>One file in the journal: where it is, what it was and what it becomes, and where its copies are (host paths).</summary>
/// <param name="Target">The file on the host.</param>
/// <param name="OriginalSha256">Its SHA-256 before apply; null when it did not exist.</param>
/// <param name="OriginalVersion">Its version before apply, when it had one.</param>
/// <param name="NewSha256">The payload's SHA-256.</param>
/// <param name="NewVersion">The payload's version.</param>
/// <param name="Staged">The staged copy of the payload.</param>
/// <param name="Backup">The backup of the original (meaningful only when it existed).</param>
internal sealed record JournalFile(
    string Target,
    string? OriginalSha256,
    string? OriginalVersion,
    string NewSha256,
    string? NewVersion,
    string Staged,
    string Backup);
