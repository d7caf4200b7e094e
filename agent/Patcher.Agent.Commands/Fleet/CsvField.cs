namespace Patcher.Agent.Fleet;

/// <summary>
/// One CSV field, safe to open in a spreadsheet: RFC 4180 quoting (a field with a comma, a double quote, CR or LF is
/// enclosed in quotes, its quotes doubled), and formula injection neutralised as OWASP advises: a field that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR gets a leading apostrophe, so a spreadsheet shows it as text
/// instead of running it (a host name or reason from a host report is anyone's text).
/// </summary>
internal static class CsvField
{
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
