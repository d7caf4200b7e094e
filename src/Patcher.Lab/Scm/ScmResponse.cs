namespace Patcher.Lab.Scm;

/// <summary>
/// One response line: <c>ok</c>, and either the result (<c>service</c> or <c>services</c>) or the refusal
/// (<c>win32Error</c> and <c>error</c>, a message for a human).
/// </summary>
/// <param name="Ok">Whether the request was carried out (for start, stop and kill: accepted).</param>
/// <param name="Win32Error">The Win32 error of a refusal, e.g. 1068; 0 when <paramref name="Ok"/>.</param>
/// <param name="Error">Why the request was refused.</param>
/// <param name="Service">The service's record after the request (query, start, stop, kill).</param>
/// <param name="Services">Every service's record (list).</param>
public sealed record ScmResponse(
    bool Ok,
    int Win32Error = 0,
    string? Error = null,
    LabServiceRecord? Service = null,
    IReadOnlyList<LabServiceRecord>? Services = null)
{
    /// <summary>A refusal.</summary>
    public static ScmResponse Refused(int win32Error, string error) => new(false, win32Error, error);
}
