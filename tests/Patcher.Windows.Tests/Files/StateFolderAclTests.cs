using Patcher.Windows.Files;

namespace Patcher.Windows.Tests.Files;

/// <summary>
/// The rule for the state folder's security descriptor, judged on plain SIDs and access masks (it runs anywhere; the
/// Windows calls that read and set the DACL run under Wine in tests/wine/run.sh).
/// </summary>
public sealed class StateFolderAclTests
{
    private const string Folder = @"C:\EXCHSRVR\Patcher";
    private const uint FullControl = 0x001F01FF;
    private const uint ReadAndExecute = 0x001200A9;
    private const uint Modify = 0x001301BF;

    private static readonly StateFolderAce System = new("S-1-5-18", @"NT AUTHORITY\SYSTEM", FullControl, true);
    private static readonly StateFolderAce Administrators = new("S-1-5-32-544", @"BUILTIN\Administrators", FullControl, true);

    [Fact]
    public void Problem_SystemAndAdministratorsOnly_Trusted() =>
        Assert.Null(StateFolderAcl.Problem(Folder, "S-1-5-32-544", "Administrators", [System, Administrators]));

    [Fact]
    public void Problem_UsersMayRead_Trusted() =>
        Assert.Null(StateFolderAcl.Problem(Folder, "S-1-5-18", "SYSTEM", [System, Administrators, new("S-1-5-32-545", @"BUILTIN\Users", ReadAndExecute, true)]));

    [Fact]
    public void Problem_CreatorOwnerInheritOnly_Trusted() =>
        Assert.Null(StateFolderAcl.Problem(Folder, "S-1-5-18", "SYSTEM", [System, Administrators, new("S-1-3-0", "CREATOR OWNER", 0x10000000, true)]));

    [Fact]
    public void Problem_DenyEntry_NeverWidens() =>
        Assert.Null(StateFolderAcl.Problem(Folder, "S-1-5-18", "SYSTEM", [System, Administrators, new("S-1-1-0", "Everyone", FullControl, false)]));

    [Theory]
    [InlineData("S-1-1-0", "Everyone", FullControl, "WriteData|AppendData")]
    [InlineData("S-1-5-11", "Authenticated Users", Modify, "Delete")]
    [InlineData("S-1-5-32-545", "Users", 0x0002u, "WriteData")]
    [InlineData("S-1-5-32-545", "Users", 0x00010000u, "Delete")]
    [InlineData("S-1-5-32-545", "Users", 0x00040000u, "WriteDac")]
    [InlineData("S-1-5-21-1-2-3-1001", "EXCH01\\mta", 0x40000000u, "GenericWrite")]
    public void Problem_SomeoneElseMayChangeIt_NamedWithTheRightsAndTheRemedy(string sid, string name, uint mask, string right)
    {
        var problem = StateFolderAcl.Problem(Folder, "S-1-5-32-544", "Administrators", [System, Administrators, new(sid, name, mask, true)]);

        Assert.NotNull(problem);
        Assert.Contains($"lets {name} (", problem, StringComparison.Ordinal);
        Assert.Contains(right, problem, StringComparison.Ordinal);
        Assert.Contains("icacls \"C:\\EXCHSRVR\\Patcher\" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_OwnedBySomeoneElse_Refused()
    {
        var problem = StateFolderAcl.Problem(Folder, "S-1-5-21-1-2-3-1001", @"EXCH01\mta", [System, Administrators]);

        Assert.StartsWith(@"it is owned by EXCH01\mta, not SYSTEM or Administrators", problem, StringComparison.Ordinal);
    }
}
