namespace Patcher.Agent.Report;

/// <summary>RFC 4180 quoting: a field with a comma, a double quote, CR or LF is enclosed in quotes, its quotes doubled.</summary>
internal static class CsvField
{
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
