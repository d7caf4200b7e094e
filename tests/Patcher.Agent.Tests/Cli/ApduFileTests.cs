using Patcher.Agent.Cli;
using Patcher.X411.Tests.Samples;

namespace Patcher.Agent.Tests.Cli;

/// <summary>What <c>decode</c> and <c>ndr</c> read: files, and what is not a plain file (pipes, FIFOs, /proc, devices).</summary>
public sealed class ApduFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-apdu-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryRead_EndlessDevice_RefusedAtTheCap()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Windows has no /dev/zero; the cap is the same code path as for a pipe.
        }

        Assert.False(ApduFile.TryRead("/dev/zero", out var bytes, out var problem));
        Assert.Empty(bytes);
        Assert.Contains($"more than {ApduFile.MaxLength} bytes", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ProcFileWhoseLengthSaysZero_ReadsItsContent()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return; // Linux only.
        }

        Assert.True(ApduFile.TryRead("/proc/self/status", out var bytes, out var problem), problem);
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public async Task Decode_FromAFifo_ValidMessage()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No mkfifo on Windows.
        }

        var fifo = Path.Combine(_folder, "message.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllBytes(fifo, SampleApdus.Valid()));
        var run = CliRun.Of("decode", fifo);
        await writer;

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("message", run.Out, StringComparison.Ordinal);
    }
}
