using System.Reflection;
using System.Runtime.Loader;
using Patcher.Core.Versioning;
using Patcher.X411.Decoding;
using Patcher.X411.Model;

namespace Patcher.Lab.Tests.Mta;

/// <summary>The SP3 fixture engine, loaded as the lab MTA loads it: a copied DLL in a load context of its own.</summary>
public sealed class PreFixEngineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "patcher-prefix-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly AssemblyLoadContext _context = new("pre-fix engine test", isCollectible: true);
    private readonly MethodInfo _transfer;

    public PreFixEngineTests()
    {
        Directory.CreateDirectory(_folder);
        var copy = Path.Combine(_folder, "X400OM.DLL");
        EngineFiles.InstallPreFix(copy);
        var type = _context.LoadFromStream(new MemoryStream(File.ReadAllBytes(copy))).GetType("Patcher.X411.Mta.TransferEngine", throwOnError: true)!;
        _transfer = type.GetMethod("Transfer")!;
        Description = (string)type.GetProperty("EngineDescription")!.GetValue(null)!;
        FileVersion = PeVersionReader.Read(copy).FileVersion.ToString();
    }

    private string Description { get; }

    private string FileVersion { get; }

    [Fact]
    public void Load_FromCopiedFile_IsTheSp3Build()
    {
        Assert.Equal("5.5.2650.24", FileVersion);
        Assert.Contains("pre-Q248732", Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_ValidMessage_RelaysLikeTheFixedEngine()
    {
        var (verdict, output, _) = Transfer(TestMessages.Valid(), recovering: false);

        Assert.Equal(0, verdict);
        Assert.Equal("LAB1", Assert.IsType<MessageApdu>(P1Decoder.Decode(output).Apdu).Envelope.InternalTraceInformation[0].MtaName);
    }

    [Fact]
    public void Transfer_OtherMalformedMessage_RejectsLikeTheFixedEngine()
    {
        var (verdict, _, detail) = Transfer(TestMessages.Valid()[..20], recovering: false);

        Assert.Equal(2, verdict);
        Assert.Contains("too broken", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_Poison_NeverReturns()
    {
        var call = Task.Factory.StartNew(() => Transfer(TestMessages.Poison(), recovering: false), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // The defect: no return, no exception, no log. The blocked thread is abandoned (a background thread).
        Assert.True(await Eventually.StillRunningAfter(call, TimeSpan.FromMilliseconds(500)));
    }

    public void Dispose()
    {
        _context.Unload();
        Directory.Delete(_folder, recursive: true);
    }

    private (int Verdict, byte[] Output, string Detail) Transfer(byte[] apdu, bool recovering) =>
        ((int, byte[], string))_transfer.Invoke(null, [apdu, "LAB1", TestMessages.LabDomain, TestMessages.Now, recovering])!;
}
