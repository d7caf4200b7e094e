namespace Patcher.Windows.Files;

/// <summary>
/// The rule for <c>&lt;root&gt;\Patcher</c>'s security descriptor (issue 12): only SYSTEM and Administrators may write,
/// delete, change permissions or take ownership in it, and one of them owns it (an owner may always rewrite the DACL).
/// Entries are judged whether inherit-only or not: an inheritable grant reaches the journal the folder will hold.
/// </summary>
internal static class StateFolderAcl
{
    /// <summary>LocalSystem.</summary>
    public const string SystemSid = "S-1-5-18";

    /// <summary>BUILTIN\Administrators.</summary>
    public const string AdministratorsSid = "S-1-5-32-544";

    /// <summary>CREATOR OWNER: on what SYSTEM creates in the folder, SYSTEM itself.</summary>
    public const string CreatorOwnerSid = "S-1-3-0";

    /// <summary>
    /// The access-mask bits that let a trustee change what the folder holds (winnt.h): create or replace files and folders
    /// in it, delete, rewrite the DACL or take the folder, and the generic rights that map to them. Plain numbers, not
    /// <c>FileSystemRights</c>, so the rule is judged (and tested) on any OS.
    /// </summary>
    internal static readonly (uint Bit, string Name)[] Changing =
    [
        (0x0002, "WriteData"), (0x0004, "AppendData"), (0x0010, "WriteExtendedAttributes"), (0x0040, "DeleteChild"),
        (0x0100, "WriteAttributes"), (0x0001_0000, "Delete"), (0x0004_0000, "WriteDac"), (0x0008_0000, "WriteOwner"),
        (0x1000_0000, "GenericAll"), (0x4000_0000, "GenericWrite"),
    ];

    /// <summary>How an operator gives the folder back to SYSTEM and Administrators (icacls, well-known SIDs).</summary>
    public static string Remedy(string folder) =>
        $"reset it once its files are checked: icacls \"{folder}\" /setowner *{AdministratorsSid} and icacls \"{folder}\" /inheritance:r /grant:r *{SystemSid}:(OI)(CI)F *{AdministratorsSid}:(OI)(CI)F";

    /// <summary>Why a folder owned by <paramref name="ownerSid"/> with <paramref name="entries"/> is not trusted, or null when it is.</summary>
    public static string? Problem(string folder, string? ownerSid, string ownerName, IEnumerable<StateFolderAce> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (ownerSid is not (SystemSid or AdministratorsSid))
        {
            return $"it is owned by {ownerName}, not SYSTEM or Administrators; {Remedy(folder)}";
        }

        var others = entries
            .Where(e => e.Allow && e.Sid is not (SystemSid or AdministratorsSid or CreatorOwnerSid) && Changing.Any(c => (e.AccessMask & c.Bit) != 0))
            .Select(e => $"{e.Name} ({string.Join("|", Changing.Where(c => (e.AccessMask & c.Bit) != 0).Select(c => c.Name))})")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return others.Length == 0
            ? null
            : $"its DACL lets {string.Join(", ", others)} write or delete in it; {Remedy(folder)}";
    }
}
