using System.Text.Json.Nodes;
using Patcher.Packaging.Building;
using Patcher.Packaging.Manifest;

namespace Patcher.Packaging.Tests.Manifest;

public sealed class HotfixManifestJsonTests
{
    private static readonly Lazy<string> Written = new(() => HotfixManifestJson.ToJson(HotfixPackageBuilder.CreateManifest(PackageFixture.Content)));

    [Fact]
    public void ToJson_ThenParse_RoundTripsByteForByte()
    {
        var manifest = HotfixManifestJson.Parse(Written.Value);

        Assert.Equal(Written.Value, HotfixManifestJson.ToJson(manifest));
        Assert.Equal(2, manifest.Files.Count);
        Assert.Equal("Q248732", manifest.Baseline.KbArticle);
        Assert.Equal(["EMSMTA.EXE", "X400OM.DLL"], manifest.Baseline.FixFiles);
    }

    [Fact]
    public void ToJson_Q248732_HasTheDocumentedShape()
    {
        var json = JsonNode.Parse(Written.Value)!;

        Assert.Equal(2, (int)json["schemaVersion"]!);
        Assert.False((bool)json["labOnly"]!);
        Assert.Equal("i386", (string)json["files"]![0]!["machine"]!);
        Assert.Equal("payload/i386/EMSMTA.EXE", (string)json["files"]![0]!["source"]!);
        Assert.Equal("Q248732", (string)json["kbArticle"]!);
        Assert.Equal("5.5.2653.23", (string)json["fixBaseline"]!["baseline"]!);
        Assert.Equal("5.5.2653.22", (string)json["applicability"]!["maximumVersion"]!);
        Assert.Equal(@"BIN\X400OM.DLL", (string)json["files"]![1]!["target"]!);
        Assert.Equal("MSExchangeMTA", (string)json["services"]!["stopOrder"]![2]!);
        Assert.True((bool)json["verification"]!["requirePoisonRejected"]!);
        Assert.DoesNotContain("\r", Written.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownProperty_IsIgnored()
    {
        var json = JsonNode.Parse(Written.Value)!.AsObject();
        json["addedInSchema1Point1"] = "later";

        Assert.Equal(2, HotfixManifestJson.Parse(json.ToJsonString()).Files.Count);
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "not JSON", "PKG001", "$" },
        { "array root", "PKG001", "$" },
        { "schemaVersion 1", "PKG004", "$.schemaVersion" },
        { "schemaVersion 3", "PKG004", "$.schemaVersion" },
        { "labOnly missing", "PKG002", "$.labOnly" },
        { "machine missing", "PKG002", "$.files[0].machine" },
        { "machine amd64", "PKG003", "$.files[0].machine" },
        { "files missing", "PKG002", "$.files" },
        { "size a string", "PKG002", "$.files[0].size" },
        { "stopOrder holds a number", "PKG002", "$.services.stopOrder[1]" },
        { "sha256 uppercase", "PKG003", "$.files[0].sha256" },
        { "size negative", "PKG003", "$.files[1].size" },
        { "fileVersion three parts", "PKG003", "$.files[0].fileVersion" },
        { "title empty", "PKG003", "$.title" },
        { "minimum above maximum", "PKG005", "$.applicability.minimumVersion" },
        { "maximum reaches the payload version", "PKG005", "$.files[0].fileVersion" },
        { "product differs from the baseline", "PKG005", "$.applicability.product" },
        { "kbArticle differs from the baseline", "PKG005", "$.kbArticle" },
        { "a fix file not shipped", "PKG005", "$.files" },
        { "verification service not stopped", "PKG005", "$.verification.service" },
        { "baseline hotfix above baseline", "PKG006", "$.fixBaseline" },
        { "source outside payload/", "PKG007", "$.files[0].source" },
        { "target with a stream", "PKG007", "$.files[1].target" },
        { "duplicate source", "PKG008", "$.files[1].source" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenManifest_RefusedWithCodeAndPath(string name, string code, string path)
    {
        var refusal = Assert.Throws<HotfixManifestException>(() => HotfixManifestJson.Parse(Break(name)));

        Assert.Equal(code, refusal.Code);
        Assert.Equal(path, refusal.JsonPath);
        Assert.StartsWith($"{code}: hotfix manifest at {path}: ", refusal.Message, StringComparison.Ordinal);
    }

    private static string Break(string name)
    {
        if (name == "not JSON")
        {
            return "{ nope";
        }

        if (name == "array root")
        {
            return "[]";
        }

        var json = JsonNode.Parse(Written.Value)!.AsObject();
        var files = json["files"]!.AsArray();
        switch (name)
        {
            case "schemaVersion 1": json["schemaVersion"] = 1; break;
            case "schemaVersion 3": json["schemaVersion"] = 3; break;
            case "labOnly missing": json.Remove("labOnly"); break;
            case "machine missing": files[0]!.AsObject().Remove("machine"); break;
            case "machine amd64": files[0]!["machine"] = "amd64"; break;
            case "files missing": json.Remove("files"); break;
            case "size a string": files[0]!["size"] = "12"; break;
            case "stopOrder holds a number": json["services"]!["stopOrder"]![1] = 7; break;
            case "sha256 uppercase": files[0]!["sha256"] = ((string)files[0]!["sha256"]!).ToUpperInvariant(); break;
            case "size negative": files[1]!["size"] = -1; break;
            case "fileVersion three parts": files[0]!["fileVersion"] = "5.5.2653"; break;
            case "title empty": json["title"] = " "; break;
            case "minimum above maximum": json["applicability"]!["minimumVersion"] = "5.5.2653.23"; json["applicability"]!["maximumVersion"] = "5.5.2650.24"; break;
            case "maximum reaches the payload version": json["applicability"]!["maximumVersion"] = "5.5.2653.23"; break;
            case "product differs from the baseline": json["applicability"]!["product"] = "Exchange 5.5 IMS"; break;
            case "kbArticle differs from the baseline": json["kbArticle"] = "Q999999"; break;
            case "a fix file not shipped": files[1]!["target"] = @"BIN\MTAMSG.DLL"; break;
            case "verification service not stopped": json["verification"]!["service"] = "MSExchangeIS"; break;
            case "baseline hotfix above baseline": json["fixBaseline"]!["hotfixMinimum"] = "5.5.2654.0"; break;
            case "source outside payload/": files[0]!["source"] = "lib/EMSMTA.EXE"; break;
            case "target with a stream": files[1]!["target"] = @"BIN\X400OM.DLL:$DATA"; break;
            case "duplicate source": files[1]!["source"] = "payload/i386/emsmta.exe"; break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }

        return json.ToJsonString();
    }
}
