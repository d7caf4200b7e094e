namespace Patcher.Windows.Files;

/// <summary>One access-control entry of the state folder's DACL, as <see cref="StateFolderAcl"/> judges it.</summary>
/// <param name="Sid">The trustee's SID, e.g. <c>S-1-5-32-545</c>.</param>
/// <param name="Name">The trustee's account name when it resolves (<c>BUILTIN\Users</c>), else the SID.</param>
/// <param name="AccessMask">The access mask (winnt.h <c>ACCESS_MASK</c>).</param>
/// <param name="Allow">An allow entry (deny entries never widen access).</param>
internal sealed record StateFolderAce(string Sid, string Name, uint AccessMask, bool Allow);
