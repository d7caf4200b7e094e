using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace Patcher.Wine.StandIn;

/// <summary>
/// `emsmta secure DIR`: what the agent's AP018 message tells an operator to do (icacls /setowner Administrators,
/// /inheritance:r, SYSTEM and Administrators full control), for Wine, which has no icacls and keeps no owner given when a
/// folder is created. Prints the owner read back.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class StateFolderOwner
{
    public static void Secure(string path)
    {
        var folder = new DirectoryInfo(path);
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
        folder.SetAccessControl(security);
        var owner = folder.GetAccessControl(AccessControlSections.Owner).GetOwner(typeof(SecurityIdentifier));
        Console.WriteLine($"owner {owner}");
    }
}
