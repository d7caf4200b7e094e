using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using Patcher.Windows.Files;

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
        folder.SetAccessControl(WindowsStateFolderAccess.ProtectedSecurity());
        var owner = folder.GetAccessControl(AccessControlSections.Owner).GetOwner(typeof(SecurityIdentifier));
        Console.WriteLine($"owner {owner}");
    }
}
