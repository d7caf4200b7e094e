namespace Patcher.Agent.Fleet;

/// <summary>
/// One copy of each text the runs of a fleet repeat (reasons, versions, package hashes): ten thousand hosts patched from
/// one package share a handful of them, and keeping one copy is what keeps a large fleet in bounded memory.
/// </summary>
internal sealed class FleetStrings
{
    /// <summary>Texts longer than this are kept as they are: a reason an agent made up per host is not worth pooling.</summary>
    private const int MaxPooledLength = 512;

    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);

    /// <summary>The pooled copy of <paramref name="text"/>.</summary>
    public string Intern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxPooledLength)
        {
            return text;
        }

        if (_pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _pool.Add(text);
        return text;
    }
}
