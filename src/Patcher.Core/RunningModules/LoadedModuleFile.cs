using System.Security.Cryptography;
using Patcher.Core.Discovery;
using Patcher.Core.Versioning;

namespace Patcher.Core.RunningModules;

/// <summary>
/// Turns a loaded module's file (or the bytes a process loaded) into <see cref="LoadedModule"/> evidence: the version from
/// its own VS_VERSIONINFO through our PE reader, and its SHA-256, from one bounded read. Every failure is evidence.
/// </summary>
public static class LoadedModuleFile
{
    /// <summary>The module <paramref name="hostPath"/>, whose bytes are at <paramref name="localPath"/> on this machine.</summary>
    public static LoadedModule Read(string hostPath, string localPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        ArgumentException.ThrowIfNullOrEmpty(localPath);
        byte[] image;
        try
        {
            var info = new FileInfo(localPath);
            if (info.LinkTarget is not null)
            {
                return new LoadedModule(NameOf(hostPath), hostPath, null, null, $"{hostPath} is now a symbolic link (to {info.LinkTarget}), not the module's file");
            }

            image = PeVersionReader.ReadImage(localPath);
        }
        catch (PeFormatException e)
        {
            return new LoadedModule(NameOf(hostPath), hostPath, null, null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedModule(NameOf(hostPath), hostPath, null, null, $"{hostPath} cannot be read: {e.Message}");
        }

        return FromImage(hostPath, image);
    }

    /// <summary>The module <paramref name="hostPath"/> from the bytes that were loaded.</summary>
    public static LoadedModule FromImage(string hostPath, ReadOnlySpan<byte> image)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(image));
        try
        {
            return new LoadedModule(NameOf(hostPath), hostPath, PeVersionReader.Read(image, hostPath).FileVersion, sha256);
        }
        catch (PeFormatException e)
        {
            return new LoadedModule(NameOf(hostPath), hostPath, null, sha256, e.Message);
        }
    }

    /// <summary>The upper-case file name of a Windows path (<c>C:\EXCHSRVR\BIN\x400om.dll</c> → <c>X400OM.DLL</c>).</summary>
    public static string NameOf(string hostPath)
    {
        ArgumentNullException.ThrowIfNull(hostPath);
        return HostPath.FileName(hostPath).ToUpperInvariant();
    }
}
