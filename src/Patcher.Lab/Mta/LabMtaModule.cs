namespace Patcher.Lab.Mta;

/// <summary>
/// A file the lab MTA loaded, as it reports it in <c>progress.json</c> (<c>modules</c>): the lab's stand-in for the module
/// list Windows keeps for a process. Plain strings: the reader treats them as untrusted.
/// </summary>
/// <param name="HostPath">Where it was loaded from, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="FileVersion">Its own file version, or null when it has none.</param>
/// <param name="Sha256">The SHA-256 of the bytes loaded, lowercase hex; empty when the MTA could not read them.</param>
/// <param name="Problem">Why the MTA could not read the file's version or bytes, or null.</param>
public sealed record LabMtaModule(string HostPath, string? FileVersion, string Sha256, string? Problem = null);
