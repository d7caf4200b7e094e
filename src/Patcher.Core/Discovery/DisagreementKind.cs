namespace Patcher.Core.Discovery;

/// <summary>Sources of evidence that do not tell the same story about an installation.</summary>
public enum DisagreementKind
{
    /// <summary>Setup's <c>NewestBuild</c> is not the build of <c>EMSMTA.EXE</c> (expected after a hotfix, KB Q278518).</summary>
    NewestBuildVsFiles,

    /// <summary>The MTA's ImagePath is not under the install root that Setup's <c>Services</c> value names.</summary>
    ImagePathVsSetupRoot,

    /// <summary>The SCM's ImagePath and the service key's <c>ImagePath</c> value name different executables.</summary>
    ServiceVsRegistryImagePath,

    /// <summary>An MTA service exists but <c>Exchange\Setup</c> does not record an installation.</summary>
    SetupKeyMissing,
}
