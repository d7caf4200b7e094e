using System.Reflection;
using Patcher.Core.RunningModules;
using Patcher.Core.Versioning;

namespace Patcher.Lab.Mta;

/// <summary>
/// The engine the MTA loaded from its installation: the bytes of <c>BIN\X400OM.DLL</c> at start, in their own load
/// context, bound to <see cref="TransferFunction"/>. Loaded from memory so the file is never locked or mapped: a hotfix
/// can rename a new engine over it, and the next start loads that one.
/// </summary>
internal sealed class LabMtaEngine : IDisposable
{
    private const string EntryType = "Patcher.X411.Mta.TransferEngine";
    private readonly EngineLoadContext _context;

    private LabMtaEngine(EngineLoadContext context, TransferFunction transfer, string fileVersion, string description, LoadedModule module)
    {
        _context = context;
        Module = module;
        Transfer = transfer;
        FileVersion = fileVersion;
        Description = description;
    }

    /// <summary>The engine's entry point.</summary>
    public TransferFunction Transfer { get; }

    /// <summary>The file version from the engine's own version resource (VS_VERSIONINFO), or <c>unknown</c>.</summary>
    public string FileVersion { get; }

    /// <summary>The engine as loaded: from where, its version, the SHA-256 of the very bytes loaded.</summary>
    public LoadedModule Module { get; }

    /// <summary>What the engine says it is (<c>TransferEngine.EngineDescription</c>).</summary>
    public string Description { get; }

    /// <summary>Loads the engine at <paramref name="localPath"/>; <paramref name="hostPath"/> names it in messages.</summary>
    /// <exception cref="LabMtaStartException">The file is missing or does not export the entry point.</exception>
    public static LabMtaEngine Load(string localPath, string hostPath)
    {
        byte[] image;
        try
        {
            image = File.ReadAllBytes(localPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LabMtaStartException(LabMtaExitCodes.EngineUnavailable, $"The MTA cannot read its X.400 engine {hostPath}: {e.Message}", e);
        }

        var context = new EngineLoadContext($"MTA engine {hostPath}");
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var type = assembly.GetType(EntryType, throwOnError: false)
                ?? throw Unusable(hostPath, $"it has no type {EntryType}");
            var method = type.GetMethod("Transfer", BindingFlags.Public | BindingFlags.Static,
                [typeof(byte[]), typeof(string), typeof(string), typeof(DateTimeOffset), typeof(bool)])
                ?? throw Unusable(hostPath, "it has no Transfer(byte[], string, string, DateTimeOffset, bool)");
            var transfer = method.CreateDelegate<TransferFunction>();
            var description = type.GetProperty("EngineDescription", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
            return new LabMtaEngine(context, transfer, ReadFileVersion(image, hostPath), description ?? assembly.FullName ?? hostPath, LoadedModuleFile.FromImage(hostPath, image));
        }
        catch (Exception e) when (e is BadImageFormatException or ArgumentException or FileLoadException or TargetInvocationException)
        {
            context.Unload();
            throw Unusable(hostPath, e.Message, e);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Lets the load context go once nothing runs in it (a transfer stuck in the pre-fix engine keeps it alive).</summary>
    public void Dispose() => _context.Unload();

    private static string ReadFileVersion(byte[] image, string hostPath)
    {
        try
        {
            return PeVersionReader.Read(image, hostPath).FileVersion.ToString();
        }
        catch (PeFormatException)
        {
            return "unknown";
        }
    }

    private static LabMtaStartException Unusable(string hostPath, string why, Exception? inner = null) =>
        new(LabMtaExitCodes.EngineUnavailable, $"The MTA cannot use its X.400 engine {hostPath}: {why}.", inner);
}
