extern alias PreFix;

using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;
using Patcher.X411.Mta;

namespace Patcher.Lab.Tests.Mta;

/// <summary>The two engine builds as files, ready to install as a lab host's <c>X400OM.DLL</c>.</summary>
internal static class EngineFiles
{
    /// <summary>The Q248732 hotfix build number the lab stamps on the fixed engine.</summary>
    public static readonly FileVersion Hotfix = FileVersion.Parse("5.5.2651.69");

    /// <summary>The build of Patcher.X411 this test run was compiled against.</summary>
    public static string Fixed => typeof(TransferEngine).Assembly.Location;

    /// <summary>The SP3 fixture (file version 5.5.2650.24).</summary>
    public static string PreFix => typeof(PreFix::Patcher.X411.Mta.TransferEngine).Assembly.Location;

    /// <summary>Copies the fixed engine to <paramref name="destination"/> (by rename, as apply does) stamped as the hotfix build.</summary>
    public static void InstallFixed(string destination)
    {
        var staged = destination + ".staged";
        File.Copy(Fixed, staged, overwrite: true);
        PeVersionStamper.Stamp(staged, Hotfix);
        File.Move(staged, destination, overwrite: true);
    }

    /// <summary>Copies the pre-fix engine to <paramref name="destination"/> (by rename).</summary>
    public static void InstallPreFix(string destination)
    {
        var staged = destination + ".staged";
        File.Copy(PreFix, staged, overwrite: true);
        File.Move(staged, destination, overwrite: true);
    }
}
