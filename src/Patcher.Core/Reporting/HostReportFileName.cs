namespace Patcher.Core.Reporting;

/// <summary>The name a host report is stored under: <c>&lt;host&gt;-&lt;runId&gt;.json</c>.</summary>
public static class HostReportFileName
{
    /// <summary>The extension of every host report.</summary>
    public const string Extension = ".json";

    /// <summary>
    /// <c>&lt;HOST&gt;-&lt;runId&gt;.json</c>; characters of the host name that cannot be in a file name on Windows or Linux
    /// become <c>_</c> (the host inside the report is kept as it is).
    /// </summary>
    public static string For(HostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var host = new string(report.Host.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());
        return $"{host}-{report.RunId}{Extension}";
    }
}
