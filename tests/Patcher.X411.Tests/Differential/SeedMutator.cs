namespace Patcher.X411.Tests.Differential;

/// <summary>
/// Mutates valid APDUs the way a fuzzer does, biased towards BER framing: bit flips, octets set to values that matter
/// to a BER reader (end-of-contents, long and indefinite lengths, high tag numbers, constructed bits), insertions,
/// deletions, duplicated runs and truncations. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class SeedMutator
{
    private static readonly byte[] Interesting =
        [0x00, 0x01, 0x02, 0x0D, 0x1F, 0x20, 0x30, 0x31, 0x7F, 0x80, 0x81, 0x82, 0x84, 0x85, 0xA0, 0xA2, 0xFF, (byte)'0', (byte)'9', (byte)'Z', (byte)'+'];

    public static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var steps = 1 + random.Next(3);
        for (var i = 0; i < steps && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 4:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(4)));
                    break;
                case 5:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(16));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
