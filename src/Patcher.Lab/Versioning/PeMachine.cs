namespace Patcher.Lab.Versioning;

/// <summary>The COFF machine types a PE32+ image built by <see cref="PeImageWriter"/> can declare.</summary>
public enum PeMachine
{
    /// <summary>IMAGE_FILE_MACHINE_AMD64.</summary>
    Amd64 = 0x8664,

    /// <summary>IMAGE_FILE_MACHINE_ARM64.</summary>
    Arm64 = 0xAA64,
}
