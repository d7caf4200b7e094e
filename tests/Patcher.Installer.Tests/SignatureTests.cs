using System.Text;

namespace Patcher.Installer.Tests;

[Collection(BuiltInstaller.Name)]
public sealed class SignatureTests(InstallerBuild build)
{
    [Fact]
    public void SignedMsi_Verifies()
    {
        var (exit, stdout, stderr) = InstallerBuild.Run("osslsigncode", build.Output, "verify", "-CAfile", build.DevCertificate, "-in", build.Msi);

        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void ByteChangedAfterSigning_FailsVerification()
    {
        var tampered = Path.Combine(build.Output, "tampered.msi");
        var bytes = File.ReadAllBytes(build.Msi);
        // A byte inside a signed stream: the service description, in the MSI's string pool.
        var at = IndexOf(bytes, Encoding.ASCII.GetBytes("KB Q248732 on a schedule"));
        Assert.True(at > 0, "the service description was not found in the MSI");
        bytes[at] ^= 0x20;
        File.WriteAllBytes(tampered, bytes);

        var (exit, _, _) = InstallerBuild.Run("osslsigncode", build.Output, "verify", "-CAfile", build.DevCertificate, "-in", tampered);

        Assert.NotEqual(0, exit);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().IndexOf(needle);
}
