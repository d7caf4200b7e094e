using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Lab.Scm;
using Patcher.Core.Files;

namespace Patcher.Lab.Hosts;

/// <summary>
/// What a lab host was built as (<c>DIR/NAME/host.json</c>). The lab MTA reads <see cref="MtaStartFailures"/>; the rest
/// records the build for people and tests (the files and the registry, not this, are what the agent examines).
/// </summary>
public sealed record LabHostDefinition
{
    /// <summary>The format of this file.</summary>
    public int Format { get; init; } = 1;

    /// <summary>The host's name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the host has an MTA (false: Exchange without <c>MSExchangeMTA</c>).</summary>
    public required bool Mta { get; init; }

    /// <summary>The file version of <c>EMSMTA.EXE</c> and the other MTA files.</summary>
    public required string Version { get; init; }

    /// <summary>The file version of <c>X400OM.DLL</c>, the engine (differs from <see cref="Version"/> on a half-patched host).</summary>
    public string? EngineVersion { get; init; }

    /// <summary>Which engine <c>X400OM.DLL</c> is: <c>fixed</c> (the patched engine) or <c>pre-fix</c> (the defect's fixture).</summary>
    public string? Engine { get; init; }

    /// <summary>The registry's <c>NewestBuild</c>: the service-pack build of <see cref="Version"/>.</summary>
    public required int NewestBuild { get; init; }

    /// <summary>Messages queued at creation.</summary>
    public int Queue { get; init; }

    /// <summary>The queued messages that are poison (zero-length arrival time), by file name.</summary>
    public IReadOnlyList<string> PoisonMessages { get; init; } = [];

    /// <summary>How many of the MTA's first starts fail (the lab MTA reads this).</summary>
    public int MtaStartFailures { get; init; }

    /// <summary>Where the stale engine copy the MTA loads first is (<c>--stale-engine</c>), or null.</summary>
    public string? StaleEngine { get; init; }

    /// <summary>The host's description in <paramref name="host"/>.</summary>
    /// <exception cref="LabHostException">The host does not exist or its file is invalid.</exception>
    public static LabHostDefinition Load(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!File.Exists(host.HostFile))
        {
            throw new LabHostException(LabHostException.HostNotFound, $"{host.Root} is not a lab host (no host.json).");
        }

        try
        {
            return JsonSerializer.Deserialize<LabHostDefinition>(BoundedFile.Read(host.HostFile, 1024 * 1024), ScmJson.File)
                ?? throw new LabHostException(LabHostException.InvalidArgument, $"{host.HostFile} is empty.");
        }
        catch (JsonException e)
        {
            throw new LabHostException(LabHostException.InvalidArgument, $"{host.HostFile} is not valid JSON: {e.Message}", e);
        }
        catch (FileRefusedException e)
        {
            throw new LabHostException(LabHostException.InvalidArgument, e.Message, e);
        }
    }

    /// <summary>Writes the host's description.</summary>
    public void Save(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        AtomicFile.WriteAllBytes(host.HostFile, JsonSerializer.SerializeToUtf8Bytes(this, ScmJson.File));
    }
}
