using System.Text.Json;
using Patcher.Lab.Files;
using Patcher.Lab.Scm;
using Patcher.Core.Files;

namespace Patcher.Lab.Hosts;

/// <summary>
/// A lab's settings (<c>DIR/lab.json</c>), written by <c>patcher-lab lab init</c>. The windows are short so a lab run takes
/// seconds where a production host would wait minutes; the agent reads them when it works on a lab host.
/// </summary>
public sealed record LabSettings
{
    /// <summary>The lab description's file name.</summary>
    public const string FileName = "lab.json";

    /// <summary>The format of this file.</summary>
    public int Format { get; init; } = 1;

    /// <summary>How long a non-empty queue may make no progress before the MTA counts as hung (production: minutes).</summary>
    public int HungDetectionWindowSeconds { get; init; } = 5;

    /// <summary>How long a restarted service must keep running before it counts as recovered (production: minutes).</summary>
    public int StabilityWindowSeconds { get; init; } = 3;

    /// <summary>How long <c>lab start</c> waits for each service to report running.</summary>
    public int ServiceStartTimeoutSeconds { get; init; } = 30;

    /// <summary>How long <c>lab stop</c> waits for each service to stop.</summary>
    public int ServiceStopTimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// How long the lab MTA, asked to stop while a transfer hangs in its engine (the poison message on an unpatched
    /// engine), waits for it before it exits and leaves the message in flight. A stop of a hung MTA takes this long.
    /// </summary>
    public int MtaStopGraceSeconds { get; init; } = 5;

    /// <summary>The path of the settings of lab <paramref name="labFolder"/>.</summary>
    public static string PathIn(string labFolder) => Path.Combine(labFolder, FileName);

    /// <summary>The settings of lab <paramref name="labFolder"/>.</summary>
    /// <exception cref="LabHostException">The folder is not a lab (no <c>lab.json</c>) or the file is invalid.</exception>
    public static LabSettings Load(string labFolder)
    {
        var file = PathIn(labFolder);
        if (!File.Exists(file))
        {
            throw new LabHostException(LabHostException.HostNotFound, $"{labFolder} is not a lab (no {FileName}): run patcher-lab lab init {labFolder}");
        }

        try
        {
            return JsonSerializer.Deserialize<LabSettings>(BoundedFile.Read(file, 1024 * 1024), ScmJson.File)
                ?? throw new LabHostException(LabHostException.InvalidArgument, $"{file} is empty.");
        }
        catch (JsonException e)
        {
            throw new LabHostException(LabHostException.InvalidArgument, $"{file} is not valid JSON: {e.Message}", e);
        }
        catch (FileRefusedException e)
        {
            throw new LabHostException(LabHostException.InvalidArgument, e.Message, e);
        }
    }

    /// <summary>Writes the settings of lab <paramref name="labFolder"/>.</summary>
    public void Save(string labFolder) => AtomicFile.WriteAllBytes(PathIn(labFolder), JsonSerializer.SerializeToUtf8Bytes(this, ScmJson.File));
}
