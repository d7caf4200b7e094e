using Patcher.Core.Exchange;
using Patcher.Core.Platform;
using Patcher.Lab.Files;

namespace Patcher.Lab.Mta;

/// <summary>Where the lab MTA finds itself, from the host's registry, as <c>EMSMTA.EXE</c> does (DOMAIN.md).</summary>
/// <param name="EngineHostPath">The engine it loads, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="EngineLocalPath">That file on this machine.</param>
/// <param name="DatabaseHostPath">Its database, e.g. <c>C:\EXCHSRVR\MTADATA</c>.</param>
/// <param name="Database">That database on this machine.</param>
internal sealed record LabMtaInstallation(string EngineHostPath, string EngineLocalPath, string DatabaseHostPath, LabMtaDatabase Database)
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

        var engine = $@"{root}\BIN\{EngineFileName}";
        try
        {
            return new LabMtaInstallation(engine, files.ToLocalPath(engine), database, LabMtaDatabase.At(files, database));
        }
        catch (ArgumentException e)
        {
            throw new LabMtaStartException(LabMtaExitCodes.NotInstalled, $"The registry names an installation this lab host cannot hold: {e.Message}", e);
        }
    }
}
