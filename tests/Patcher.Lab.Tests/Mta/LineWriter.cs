using System.Collections.Concurrent;
using System.Text;

namespace Patcher.Lab.Tests.Mta;

/// <summary>A stdout for the in-process MTA that keeps its lines for the test to read.</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly StringBuilder _current = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public bool Has(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                _lines.Enqueue(_current.ToString().TrimEnd('\r'));
                _current.Clear();
            }
            else
            {
                _current.Append(value);
            }
        }
    }
}
