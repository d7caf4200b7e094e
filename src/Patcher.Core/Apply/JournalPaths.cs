namespace Patcher.Core.Apply;

/// <summary>
/// The trust boundary of a journal read back from disk: it may be rewritten by anyone who can write the state folder,
/// and recovery runs as SYSTEM, deleting, restoring and renaming what it names. So every path in it must be a plain path
/// inside where apply itself would have put it: each target inside the installation (not in Patcher's own state folder),
/// each staged copy, backup and the two operation folders inside the state folder. Anything else refuses the journal.
/// </summary>
internal static class JournalPaths
{
    /// <summary>Why <paramref name="journal"/> cannot be trusted on <paramref name="state"/>'s installation; null when it can.</summary>
    public static string? Problem(ApplyJournal journal, StateFolder state)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(state);
        foreach (var file in journal.Files)
        {
            if (!Inside(file.Target, state.InstallRoot) || Inside(file.Target, state.Folder))
            {
                return $"its target {file.Target} is not a file inside the installation {state.InstallRoot}";
            }

            if (!Inside(file.Staged, state.Folder) || !Inside(file.Backup, state.Folder))
            {
                return $"the copies of {file.Target} ({file.Staged}, {file.Backup}) are not inside Patcher's state folder {state.Folder}";
            }
        }

        foreach (var folder in new[] { journal.BackupFolder, journal.StagingFolder })
        {
            if (!Inside(folder, state.Folder))
            {
                return $"its folder {folder} is not inside Patcher's state folder {state.Folder}";
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/> is a plain path strictly below <paramref name="folder"/> (no <c>.</c>, <c>..</c>, streams, or empty segments).</summary>
    internal static bool Inside(string? path, string folder)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var segments = path.Replace('/', '\\').Split('\\');
        var plain = segments.Skip(1).All(segment => segment.Length > 0 && segment is not "." and not ".." && !segment.Contains(':', StringComparison.Ordinal)
            && !segment.EndsWith('.') && !segment.EndsWith(' '));
        var prefix = folder.Replace('/', '\\').TrimEnd('\\') + "\\";
        return plain && path.Replace('/', '\\').StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length;
    }
}
