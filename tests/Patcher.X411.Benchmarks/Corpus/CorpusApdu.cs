namespace Patcher.X411.Benchmarks.Corpus;

/// <summary>One encoded APDU of the corpus, with a name for tables and file names.</summary>
/// <param name="Name">A short name, safe as a file name.</param>
/// <param name="Bytes">The BER encoding.</param>
/// <param name="Valid">Whether the engine must accept it.</param>
internal sealed record CorpusApdu(string Name, byte[] Bytes, bool Valid)
{
    public override string ToString() => Name;
}
