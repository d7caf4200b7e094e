using SharpFuzz;

namespace Patcher.Fuzzing;

/// <summary>One input's invariants: throws when one is broken (AFL records the throw as a crash).</summary>
internal delegate void InvariantCheck(ReadOnlySpan<byte> input);

/// <summary>
/// The command line both AFL++ harnesses share (scripts/fuzz.sh drives them):
/// <c>NAME</c> runs under afl-fuzz, one input per iteration on stdin; <c>NAME seed DIR</c> writes the seed corpus;
/// <c>NAME check FILE...</c> checks the invariants once per file (reproduces a finding).
/// </summary>
internal static class FuzzHarness
{
    public static int Run(string[] args, string name, Func<string, int> writeSeeds, InvariantCheck check)
    {
        switch (args)
        {
            case ["seed", var directory]:
                Console.WriteLine($"{writeSeeds(directory)} seeds written to {directory}");
                return 0;
            case ["check", .. var files]:
                var failed = 0;
                foreach (var file in files)
                {
                    try
                    {
                        check(File.ReadAllBytes(file));
                        Console.WriteLine($"ok    {file}");
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // The process boundary: report every file, then fail.
                        failed++;
                        Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}");
                    }
                }

                return failed == 0 ? 0 : 1;
            case []:
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                });
                return 0;
            default:
                Console.Error.WriteLine($"usage: {name} [seed <dir> | check <file>...]");
                return 2;
        }
    }
}
