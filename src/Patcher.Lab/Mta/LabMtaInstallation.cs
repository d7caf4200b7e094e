using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.Files;

namespace Patcher.Lab.Mta;

/// <summary>Where the lab MTA finds itself, from the host's registry, as <c>EMSMTA.EXE</c> does (DOMAIN.md).</summary>
/// <param name="EngineHostPath">The engine it loads, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="EngineLocalPath">That file on this machine.</param>
/// <param name="DatabaseHostPath">Its database, e.g. <c>C:\EXCHSRVR\MTADATA</c>.</param>
/// <param name="Database">That database on this machine.</param>
/// <param name="ImageHostPath">Its own image as the service is configured (<c>ImagePath</c>), e.g. <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</param>
/// <param name="ImageLocalPath">That file on this machine.</param>
internal sealed record LabMtaInstallation(string EngineHostPath, string EngineLocalPath, string DatabaseHostPath, LabMtaDatabase Database, string ImageHostPath, string ImageLocalPath)
{
    /// <summary>The X.400 decoding library, where the Q248732 fix lives alongside <c>EMSMTA.EXE</c>.</summary>
    public const string EngineFileName = "X400OM.DLL";

    /// <summary>
    /// Reads <c>Exchange\Setup</c> <c>Services</c> (the install root; the engine is <c>BIN\X400OM.DLL</c> under it) and the
    /// MTA's <c>Parameters</c> <c>MTA database path</c> (default <c>ROOT\MTADATA</c>).
    /// </summary>
    /// <exception cref="LabMtaStartException">The registry does not name an installation.</exception>
    public static LabMtaInstallation Locate(IRegistry registry, LabFileSystem files)
    {
        var root = registry.GetValue(ExchangeRegistry.SetupKey, ExchangeRegistry.ServicesValue)?.Text?.TrimEnd('\\');
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new LabMtaStartException(LabMtaExitCodes.NotInstalled,
                $@"{ExchangeRegistry.SetupKey}\{ExchangeRegistry.ServicesValue} is not set: Exchange is not installed on this host.");
        }

        var database = registry.GetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaDatabasePathValue)?.Text?.TrimEnd('\\');
        if (string.IsNullOrWhiteSpace(database))
        {
            database = root + @"\MTADATA";
        }

        var runDirectory = registry.GetValue(ExchangeRegistry.MtaParametersKey, ExchangeRegistry.MtaRunDirectoryValue)?.Text?.TrimEnd('\\');
        var image = registry.GetValue(ExchangeRegistry.MtaServiceKey, "ImagePath")?.Text is { Length: > 0 } configured
            ? ServiceImagePath.Executable(configured)
            : $@"{root}\BIN\EMSMTA.EXE";
        try
        {
            var engine = FindEngine(files, root, runDirectory);
            return new LabMtaInstallation(engine, files.ToLocalPath(engine), database, LabMtaDatabase.At(files, database), image, files.ToLocalPath(image));
        }
        catch (ArgumentException e)
        {
            throw new LabMtaStartException(LabMtaExitCodes.NotInstalled, $"The registry names an installation this lab host cannot hold: {e.Message}", e);
        }
    }

    /// <summary>
    /// The engine's search order, the lab's stand-in for a DLL search path: a copy in the MTA's run directory (the process's
    /// working folder) is found before <c>BIN\X400OM.DLL</c>, as a stale copy left there would be on a server whose search
    /// path puts the current directory first. Only a lab host built with <c>--stale-engine</c> has one.
    /// </summary>
    private static string FindEngine(LabFileSystem files, string root, string? runDirectory)
    {
        if (runDirectory is { Length: > 0 })
        {
            var stale = $@"{runDirectory}\{EngineFileName}";
            if (File.Exists(files.ToLocalPath(stale)))
            {
                return stale;
            }
        }

        return $@"{root}\BIN\{EngineFileName}";
    }
}
