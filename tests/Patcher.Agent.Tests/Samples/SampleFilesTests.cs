using Patcher.X411.Decoding;
using Patcher.X411.Rejection;

namespace Patcher.Agent.Tests.Samples;

/// <summary>The files in <c>samples/</c> that the README's commands use say what the README says they do.</summary>
public sealed class SampleFilesTests
{
    [Fact]
    public void PoisonMessage_IsRejectedForItsZeroLengthArrivalTime()
    {
        var verdict = P1Decoder.Validate(File.ReadAllBytes(SamplePath("poison-message.p1")));

        var rejection = Assert.IsType<P1Rejection>(verdict.Rejection);
        Assert.Equal(P1Fault.EmptyTime, rejection.Fault);
        Assert.Equal("message/envelope/trace-information[1]/domain-supplied-information/arrival-time", rejection.Path);
    }

    [Fact]
    public void Message_IsValid()
    {
        var verdict = P1Decoder.Validate(File.ReadAllBytes(SamplePath("message.p1")));

        Assert.True(verdict.IsValid, verdict.Rejection?.ToString());
    }

    private static string SamplePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Patcher.sln")))
            {
                return Path.Combine(folder.FullName, "samples", name);
            }
        }

        throw new InvalidOperationException("The repository root (with Patcher.sln) is not above the test assembly.");
    }
}
