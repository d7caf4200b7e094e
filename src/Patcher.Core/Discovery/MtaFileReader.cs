using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Discovery;

/// <summary>Reads one file's version resource through the host's file system, turning every failure into evidence.</summary>
internal static class MtaFileReader
{
    /// <summary>The evidence for <paramref name="name"/> at <paramref name="hostPath"/>.</summary>
    public static MtaFileEvidence Read(IFileSystem files, string name, string hostPath)
    {
        if (!TryLocalPath(files, hostPath, out var local, out var problem))
        {
            return new MtaFileEvidence(name, hostPath, FileEvidenceStatus.Unreadable, null, Error: problem);
        }

        if (!File.Exists(local))
        {
            return new MtaFileEvidence(name, hostPath, FileEvidenceStatus.Missing, null, Error: $"{hostPath} does not exist.");
        }

        try
        {
            // Errors name the host path, which is what the operator knows, not the lab's local one.
            var info = PeVersionReader.Read(PeVersionReader.ReadImage(local), hostPath);
            return new MtaFileEvidence(name, hostPath, FileEvidenceStatus.Read, info.FileVersion, info.GetString("ProductName"));
        }
        catch (PeFormatException exception)
        {
            return new MtaFileEvidence(name, hostPath, FileEvidenceStatus.Malformed, null, ErrorCode: exception.Code, Error: exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new MtaFileEvidence(name, hostPath, FileEvidenceStatus.Unreadable, null, Error: $"{hostPath} cannot be read: {exception.Message}");
        }
    }

    /// <summary>Whether <paramref name="hostPath"/> exists as a file.</summary>
    public static bool Exists(IFileSystem files, string hostPath) =>
        TryLocalPath(files, hostPath, out var local, out _) && File.Exists(local);

    /// <summary>Whether <paramref name="hostPath"/> exists as a folder.</summary>
    public static bool FolderExists(IFileSystem files, string hostPath) =>
        TryLocalPath(files, hostPath, out var local, out _) && Directory.Exists(local);

    private static bool TryLocalPath(IFileSystem files, string hostPath, out string local, out string problem)
    {
        try
        {
            local = files.ToLocalPath(hostPath);
            problem = "";
            return true;
        }
        catch (ArgumentException exception)
        {
            // A lab host maps drive C: only; a registry value may name another drive.
            local = "";
            problem = $"{hostPath} cannot be reached on this host: {exception.Message}";
            return false;
        }
    }
}
