using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using Patcher.Core.Platform;

namespace Patcher.Windows.Files;

/// <summary>
/// The state folder on Windows: created with a protected DACL (no inheritance) granting full control to SYSTEM and
/// Administrators only, owned by Administrators; trusted only while <see cref="StateFolderAcl"/> finds nobody else who
/// may change it.
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsStateFolderAccess : IStateFolderAccess
{
    /// <summary>The state folder's access on this machine.</summary>
    /// <exception cref="PlatformNotSupportedException">Not running on Windows.</exception>
    public WindowsStateFolderAccess()
    {
        WindowsOnly.Ensure(nameof(WindowsStateFolderAccess));
    }

    /// <inheritdoc />
    public void Create(string localPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        var folder = new DirectoryInfo(localPath);
        folder.Parent?.Create();
        folder.Create(ProtectedSecurity());
    }

    /// <summary>
    /// The state folder's security: a protected DACL (no inheritance), full control to SYSTEM and Administrators only,
    /// owned by Administrators. What <see cref="Create"/> gives the folder, and what AP018's remedy restores.
    /// </summary>
    public static DirectorySecurity ProtectedSecurity()
    {
        var security = new DirectorySecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        foreach (var sid in new[] { WellKnownSidType.LocalSystemSid, WellKnownSidType.BuiltinAdministratorsSid })
        {
            security.AddAccessRule(new FileSystemAccessRule(
                new SecurityIdentifier(sid, null),
                FileSystemRights.FullControl,
                InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit,
                PropagationFlags.None,
                AccessControlType.Allow));
        }

        security.SetOwner(new SecurityIdentifier(WellKnownSidType.BuiltinAdministratorsSid, null));
        return security;
    }

    /// <inheritdoc />
    public string? Problem(string localPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        DirectorySecurity security;
        try
        {
            security = new DirectoryInfo(localPath).GetAccessControl(AccessControlSections.Access | AccessControlSections.Owner);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or PlatformNotSupportedException or InvalidOperationException or PrivilegeNotHeldException)
        {
            // Fail closed: a folder whose access cannot be read is not trusted.
            return $"its security descriptor could not be read ({e.Message})";
        }

        var owner = security.GetOwner(typeof(SecurityIdentifier)) as SecurityIdentifier;
        var entries = security.GetAccessRules(includeExplicit: true, includeInherited: true, typeof(SecurityIdentifier))
            .OfType<FileSystemAccessRule>()
            .Select(rule => new StateFolderAce(rule.IdentityReference.Value, NameOf(rule.IdentityReference as SecurityIdentifier), (uint)rule.FileSystemRights, rule.AccessControlType == AccessControlType.Allow));
        return StateFolderAcl.Problem(localPath, owner?.Value, NameOf(owner), entries);
    }

    private static string NameOf(SecurityIdentifier? sid)
    {
        if (sid is null)
        {
            return "nobody";
        }

        try
        {
            return $"{sid.Translate(typeof(NTAccount)).Value} ({sid.Value})";
        }
        catch (Exception e) when (e is IdentityNotMappedException or SystemException)
        {
            return sid.Value;
        }
    }
}
