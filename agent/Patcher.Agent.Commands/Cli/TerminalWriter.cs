using System.Globalization;
using System.Text;

namespace Patcher.Agent.Cli;

/// <summary>
/// What the commands write to a terminal, with control characters made visible (<c>\x1b</c>) instead of obeyed: host
/// names, reasons and file names come from host reports, packages and the network, and an escape sequence in one must
/// not repaint the operator's screen or hide a line. Line breaks and tabs pass; JSON documents are unaffected (their
/// strings carry control characters escaped already).
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    // Windows writes lines ending in CR LF; elsewhere a CR only moves the cursor back over what was written.
    private static readonly bool CarriageReturnEndsLines = Environment.NewLine.Contains('\r', StringComparison.Ordinal);

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null and means the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>Whether <paramref name="c"/> is written as it is.</summary>
    public static bool Passes(char c) => !char.IsControl(c) || c is '\n' or '\t' || (c == '\r' && CarriageReturnEndsLines);

    /// <summary><paramref name="text"/> with every control character that does not pass made visible.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // C0 controls and DEL..C1: text without any is written as it is (the common case, no copy).
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Passes(c))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
        }

        return clean.ToString();
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (Passes(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(Clean(value.ToString()));
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Clean(value));
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
