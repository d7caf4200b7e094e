using System.Globalization;

namespace Patcher.Agent.Decode;

/// <summary>Writes an indented tree of <c>name: value</c> lines, two spaces per level.</summary>
internal sealed class TreeWriter(TextWriter output)
{
    private int _depth;

    /// <summary>A leaf: <c>name: value</c>.</summary>
    public void Field(string name, object? value) =>
        output.WriteLine($"{new string(' ', _depth * 2)}{name}: {Format(value)}");

    /// <summary>A leaf written only when <paramref name="value"/> is present.</summary>
    public void OptionalField(string name, object? value)
    {
        if (value is not null)
        {
            Field(name, value);
        }
    }

    /// <summary>A branch: writes <paramref name="name"/> and indents what is written until the scope is disposed.</summary>
    public Scope Branch(string name)
    {
        output.WriteLine($"{new string(' ', _depth * 2)}{name}");
        _depth++;
        return new Scope(this);
    }

    /// <summary>How the tree shows times: seconds, with the offset the sender wrote.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string Format(object? value) => value switch
    {
        null => "(absent)",
        DateTimeOffset time => Time(time),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Ends a <see cref="Branch"/>.</summary>
    internal readonly struct Scope(TreeWriter writer) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => writer._depth--;
    }
}
