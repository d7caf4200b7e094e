using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Lab.Hosts;
using Patcher.Core.Files;

namespace Patcher.Lab.Scm;

/// <summary>Reads and writes <c>scm/state.json</c>, so the host's service states survive the daemon and can be read without it.</summary>
public static class ScmStateFile
{
    /// <summary>The recorded state, or null when the daemon never ran.</summary>
    /// <exception cref="InvalidDataException">The file is not valid.</exception>
    public static ScmStateDocument? Read(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!System.IO.File.Exists(host.ScmStateFile))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ScmStateDocument>(System.IO.File.ReadAllBytes(host.ScmStateFile), ScmJson.File);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The lab SCM state {host.ScmStateFile} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Replaces the recorded state atomically.</summary>
    public static void Write(LabHostPaths host, ScmStateDocument state)
    {
        ArgumentNullException.ThrowIfNull(host);
        AtomicFile.WriteAllBytes(host.ScmStateFile, JsonSerializer.SerializeToUtf8Bytes(state, ScmJson.File));
    }
}
