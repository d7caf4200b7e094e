namespace Patcher.Agent.Package;

/// <summary>The exit codes of the <c>patcher package</c> commands (documented in packaging/README.md).</summary>
internal static class PackageExitCodes
{
    /// <summary><c>build</c>: the package was built and signed. <c>verify</c>: the package verified.</summary>
    public const int Success = 0;

    /// <summary><c>verify</c>: the package was refused (the code and the reason are printed).</summary>
    public const int Refused = 1;

    /// <summary>Usage error (bad fingerprint, missing argument), I/O error, or a build that could not complete.</summary>
    public const int Error = 2;
}
