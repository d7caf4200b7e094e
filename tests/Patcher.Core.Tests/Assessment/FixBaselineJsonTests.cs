using Patcher.Core.Assessment;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Assessment;

public sealed class FixBaselineJsonTests
{
    private const string Q248732Document = """
        {
          "schemaVersion": 1,
          "kbArticle": "Q248732",
          "product": "Exchange 5.5 MTA",
          "appliesTo": "5.5",
          "fixFiles": ["EMSMTA.EXE", "x400om.dll"],
          "hotfixMinimum": "5.5.2651.69",
          "baseline": "5.5.2653.23",
          "futureField": {"ignored": true}
        }
        """;

    public static TheoryData<string, string, string> Failures() => new()
    {
        { "not JSON", "{", FixBaselineException.NotJson },
        { "an array", "[]", FixBaselineException.NotJson },
        { "no schemaVersion", Replace("\"schemaVersion\": 1,", ""), FixBaselineException.MissingField },
        { "schemaVersion 2", Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), FixBaselineException.UnsupportedSchema },
        { "no kbArticle", Replace("\"kbArticle\": \"Q248732\",", ""), FixBaselineException.MissingField },
        { "empty product", Replace("\"Exchange 5.5 MTA\"", "\" \""), FixBaselineException.MissingField },
        { "fixFiles not an array", Replace("[\"EMSMTA.EXE\", \"x400om.dll\"]", "\"EMSMTA.EXE\""), FixBaselineException.MissingField },
        { "fixFiles holds a number", Replace("\"x400om.dll\"", "7"), FixBaselineException.MissingField },
        { "fixFiles empty", Replace("[\"EMSMTA.EXE\", \"x400om.dll\"]", "[]"), FixBaselineException.Inconsistent },
        { "hotfixMinimum three parts", Replace("\"5.5.2651.69\"", "\"5.5.2651\""), FixBaselineException.BadVersion },
        { "baseline a number", Replace("\"5.5.2653.23\"", "5.5"), FixBaselineException.MissingField },
        { "appliesTo three parts", Replace("\"appliesTo\": \"5.5\"", "\"appliesTo\": \"5.5.0\""), FixBaselineException.BadVersion },
        { "appliesTo another version", Replace("\"appliesTo\": \"5.5\"", "\"appliesTo\": \"6.0\""), FixBaselineException.Inconsistent },
        { "hotfix above baseline", Replace("\"5.5.2651.69\"", "\"5.5.2654.0\""), FixBaselineException.Inconsistent },
    };

    [Fact]
    public void Parse_Q248732Document_EqualsBuiltIn()
    {
        var parsed = FixBaselineJson.Parse(Q248732Document);

        AssertSame(FixBaseline.Q248732, parsed);
    }

    [Fact]
    public void ToJson_BuiltIn_RoundTrips()
    {
        var json = FixBaselineJson.ToJson(FixBaseline.Q248732);

        AssertSame(FixBaseline.Q248732, FixBaselineJson.Parse(json));
        Assert.Contains("\"hotfixMinimum\": \"5.5.2651.69\"", json, StringComparison.Ordinal);
        Assert.Contains("\"appliesTo\": \"5.5\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_InvalidDocument_ThrowsWithCode(string caseName, string json, string code)
    {
        var exception = Assert.Throws<FixBaselineException>(() => FixBaselineJson.Parse(json));

        Assert.True(code == exception.Code, $"{caseName}: expected {code}, got {exception.Code}: {exception.Message}");
        Assert.StartsWith(code, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Q248732_MatchesDomain()
    {
        var baseline = FixBaseline.Q248732;

        Assert.Equal("Q248732", baseline.KbArticle);
        Assert.Equal("Exchange 5.5 MTA", baseline.Product);
        Assert.Equal("5.5", baseline.AppliesTo);
        Assert.Equal(["EMSMTA.EXE", "X400OM.DLL"], baseline.FixFiles);
        Assert.Equal(FileVersion.Parse("5.5.2651.69"), baseline.HotfixMinimum);
        Assert.Equal(FileVersion.Parse("5.5.2653.23"), baseline.Baseline);
    }

    private static string Replace(string oldValue, string newValue) => Q248732Document.Replace(oldValue, newValue, StringComparison.Ordinal);

    private static void AssertSame(FixBaseline expected, FixBaseline actual)
    {
        Assert.Equal(expected.KbArticle, actual.KbArticle);
        Assert.Equal(expected.Product, actual.Product);
        Assert.Equal(expected.AppliesTo, actual.AppliesTo);
        Assert.Equal(expected.FixFiles, actual.FixFiles);
        Assert.Equal(expected.HotfixMinimum, actual.HotfixMinimum);
        Assert.Equal(expected.Baseline, actual.Baseline);
    }
}
