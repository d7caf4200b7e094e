using Patcher.Lab.Files;
using Patcher.Lab.Mta;

namespace Patcher.Lab.Tests.Mta;

public sealed class LabQueueProbeTests
{
    [Fact]
    public async Task Read_AfterTheMtaRan_ReportsItsProgressWithTheLiveQueueLength()
    {
        using var host = new MtaLabHost(preFix: true);
        host.Enqueue("001.p1", TestMessages.Valid());
        host.Enqueue("002.p1", TestMessages.Poison());
        await using (var mta = RunningMta.Start(host, stopGrace: TimeSpan.Zero))
        {
            await Eventually.True(() => host.Progress is { InFlight: "002.p1" }, "the MTA to hang on the poison");
        }

        host.Enqueue("003.p1", TestMessages.Valid("M3")); // arrives while the MTA is down: counted all the same
        var probe = new LabQueueProbe(new LabFileSystem(host.Paths.DriveC));

        var progress = probe.Read(@"c:\ExchSrvr\MtaData");

        Assert.NotNull(progress);
        Assert.Equal((2, 1L, 0L), (progress.QueueLength, progress.Processed, progress.Rejected));
        Assert.Equal(host.Progress!.LastProgressUtc, progress.LastProgress);
    }

    [Fact]
    public void Read_NoProgressFile_IsNull()
    {
        using var host = new MtaLabHost(preFix: false);

        Assert.Null(new LabQueueProbe(new LabFileSystem(host.Paths.DriveC)).Read(@"C:\EXCHSRVR\MTADATA"));
    }

    [Fact]
    public void Read_UnreadableProgressFile_IsNull()
    {
        using var host = new MtaLabHost(preFix: false);
        File.WriteAllText(host.Database.ProgressFile, "{ not json");

        Assert.Null(new LabQueueProbe(new LabFileSystem(host.Paths.DriveC)).Read(@"C:\EXCHSRVR\MTADATA"));
    }

    [Fact]
    public void Read_PathNotOnTheLabHost_IsNull()
    {
        using var host = new MtaLabHost(preFix: false);

        Assert.Null(new LabQueueProbe(new LabFileSystem(host.Paths.DriveC)).Read(@"D:\EXCHSRVR\MTADATA"));
    }
}
