using Patcher.Core.Configuration;

namespace Patcher.Core.Tests.Configuration;

public sealed class AgentSettingsFileTests
{
    [Theory]
    [InlineData("a value", "7B224D6F6465223A22FF227D")]
    // The readers fuzz target's crash id:000009: a setting name with a stray 0xBF.
    [InlineData("a name, found by the fuzzer", "2f2f20706174636865722e73657474696e67732e6a736f6e0a7b0a2020225265706f72745368617265223a20225c5c5c5c7372765c5c7265706f727473222c0a2020225061636b616765536f75726365223a20225c5c5c5c7372765c5c7061636b61676573222c0a2020225472757374bf645369675374617274223a202230323a3030222c0a2020224d61696e74656e616e636541414141414141414141414141414141414141414141414143414141414141414141414141414141414141414141414141416465223a20227363616e2d616e642d6170706c79222c0a20202252756e496e74656e74656e616e636557696e646f775374617274223a202230323a3030222c0a2020224d61696e74656e616e636557696e646f77456e64223a2066616c73652c0a20202248756e6741667465725365636f6e6473223a206e756c6c0a7d")]
    public void Parse_InvalidUtf8_OneProblemNoException(string @case, string hex)
    {
        var problems = new List<string>();

        var values = AgentSettingsFile.Parse(Convert.FromHexString(hex), "patcher.settings.json", problems);

        Assert.True(values.Count == 0, @case);
        Assert.Equal(["patcher.settings.json: not UTF-8 text; it was ignored."], problems);
    }
}
