namespace Patcher.Core.RunningModules;

/// <summary>A fix file as the running MTA must have loaded it.</summary>
/// <param name="Name">The file name, upper-case, e.g. <c>X400OM.DLL</c>.</param>
/// <param name="HostPath">Where it is installed, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="Sha256">The hash the loaded file must have (the payload's, or the installed file's); null when it cannot be known.</param>
public sealed record ExpectedModule(string Name, string HostPath, string? Sha256);
