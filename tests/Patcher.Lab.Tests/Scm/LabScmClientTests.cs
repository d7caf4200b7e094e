using System.Net.Sockets;
using Patcher.Lab.Hosts;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Tests.Scm;

/// <summary>A frozen SCM daemon ends the request with a message, never hangs the command that asked.</summary>
public sealed class LabScmClientTests
{
    [Fact]
    public async Task SendAsync_DaemonAcceptsButNeverAnswers_NotAnsweringWithinTheTimeout()
    {
        using var lab = new TempLab();
        var host = lab.AddHost("frozen", new LabHostOptions { Version = Patcher.Core.Versioning.FileVersion.Parse("5.5.2650.24") });
        Directory.CreateDirectory(Path.GetDirectoryName(host.ScmSocketFile)!);
        using var frozen = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        frozen.Bind(new UnixDomainSocketEndPoint(host.ScmSocketFile));
        frozen.Listen(1); // accepts connections (the kernel's backlog) and never reads or writes

        var failure = await Assert.ThrowsAsync<LabHostException>(() =>
            LabScmClient.SendAsync(host, new ScmRequest(ScmOperation.List), TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.Equal(LabHostException.NotAnswering, failure.Code);
        Assert.Contains("did not answer", failure.Message, StringComparison.Ordinal);
        Assert.Contains("lab stop", failure.Message, StringComparison.Ordinal);
    }
}
