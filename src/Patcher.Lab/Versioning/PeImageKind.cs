namespace Patcher.Lab.Versioning;

/// <summary>Whether a built image is an executable or a DLL (IMAGE_FILE_DLL, VFT_APP or VFT_DLL).</summary>
public enum PeImageKind
{
    /// <summary>An .exe, such as <c>emsmta.exe</c>.</summary>
    Executable,

    /// <summary>A .dll, such as <c>x400om.dll</c>.</summary>
    Library,
}
