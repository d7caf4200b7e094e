using Patcher.Core.Versioning;

namespace Patcher.Core.Packages;

/// <summary>One file the package carries and where it goes.</summary>
/// <param name="Source">The entry in the package, e.g. <c>payload/X400OM.DLL</c> (forward slashes, no <c>..</c>).</param>
/// <param name="Target">The path relative to the installation root, e.g. <c>BIN\X400OM.DLL</c> (no <c>..</c>, not rooted, no streams).</param>
/// <param name="FileVersion">The file's own version resource (VS_VERSIONINFO).</param>
/// <param name="Machine">The file's COFF machine (<c>i386</c> or <c>alpha</c> for Exchange 5.5): apply installs only the files
/// whose machine matches the installed EMSMTA.EXE's.</param>
/// <param name="Sha256">The file's SHA-256, lowercase hex.</param>
/// <param name="Size">The file's size in bytes.</param>
public sealed record PayloadFile(string Source, string Target, FileVersion FileVersion, PeMachine Machine, string Sha256, long Size);
