using System.ServiceProcess;
using Patcher.Core.Versioning;
using Patcher.Wine.StandIn;

// emsmta.exe [SERVICE-NAME]: runs as the named service (one image serves every stand-in Exchange service).
// emsmta payload DIR VERSION: writes the fix files a test package is built from (any OS).
// emsmta stamp FILE VERSION: rewrites an image's file version (any OS): the fake host's X400OM.DLL, a real native DLL.
// emsmta secure DIR (Windows, Wine): sets a folder's owner and DACL as the agent's AP018 message tells an operator to.
if (args is ["payload", var directory, var version])
{
    FixPayload.Write(directory, FileVersion.Parse(version));
    return 0;
}

if (args is ["stamp", var file, var stamped])
{
    Patcher.Lab.Versioning.PeVersionStamper.Stamp(file, FileVersion.Parse(stamped));
    return 0;
}

if (!OperatingSystem.IsWindows())
{
    await Console.Error.WriteLineAsync("emsmta (stand-in): a Windows service; run it under Wine, or: emsmta payload DIR VERSION, emsmta stamp FILE VERSION.").ConfigureAwait(false);
    return 2;
}

if (args is ["secure", var folder])
{
    StateFolderOwner.Secure(folder);
    return 0;
}

ServiceBase.Run(new StandInService(args.Length > 0 ? args[0] : "MSExchangeMTA"));
return 0;
