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

    [Fact]
    public void Parse_InvalidUtf8InAString_NotJsonNotInvalidOperation()
    {
        // The readers fuzz target's crash id:000000: the builder's manifest with bytes that are not UTF-8 in a string.
        var manifest = Convert.FromHexString("7b0a202022736368656d6156657273696f6e223a20322c0a2020227061636b6167654964223a2022506174636865722e486f746669782e51323438373332222c0a2020227061636b61676556657273696f6e223a2022312e302e30222c0a2020226b6241727469636c65223a202251323438373332222c0a2020227469746c65223a202245786368616e676520352e35204d54412068616e6773206f6e206120ffffff7f65737361676520776974682061207a65726f2d6c656e677468204172726976616c2054696d652c207468656e206661696c7320746f20726573746172742077697468206572726f72203130363720284b42205132343837333229222c0a2020226c61624f6e6c79223a2066616c73652c0a202022666978426173656c696e65223a207b0a2020202022736368656d6156657273696f6e223a20312c0a20202020226b6241727469636c65223a202251323438373332222c0a202020202270726f64756374223a202245786368616e676520352e35204d5441222c0a20202020226170706c696573546f223a2022352e35222c0a202020202266697846696c6573223a205b0a20202020202022454d534d54412e455845222c0a20202020202022583430304f4d2e444c4c220a202020205d2c0a2020202022686f746669784d696e696d756d223a2022352e352e323635312e3639222c0a2020202022626173656c696e65223a2022352e352e323635332e3233220a20207d2c0a2020226170706c69636162696c697479223a207b0a202020202270726f64756374223a202245786368616e676520352e35204d5441222c0a20202020226d696e696d756d56657273696f6e223a2022352e352e313936302e33222c0a20202020226d6178696d756d56657273696f6e223a2022352e352e323635332e3232220a20207d2c0a20202266696c6573223a205b0a202020207b0a20202020202022736f75726365223a20227061796c6f61642f693338362f454d534d54412e455845222c0a20202020202022746172676574223a202242494e5c5c454d534d54412e455845222c0a2020202020202266696c6556657273696f6e223a2022352e352e323635332e3233222c0a202020202020226d616368696e65223a202269333836222c0a20202020202022736861323536223a2022313039633439666634356662366434326364366339383030616531636433646235613962386238363130506f69736f6e52656a62303835643964353962613339222c0a2020202020202273697a65223a20313533360a202020207d2c0a202020207b0a20202020202022736f75726365223a20227061796c6f61642f693338362f583430304f4d2e444c4c222c0a20202020202022746172676574223a202242494e5c5c583430304f4d2e444c4c222c0a2020202020202266696c6556657273696f6e223a2022352e352e323635332e3233222c0a202020202020226d616368696e65223a202269333836222c0a20202020202022736861323536223a202231373162653838656635376465613835343030303636393234313539623565613530633361636231386532363365323136393930383530623761626631303265222c0a2020202020202273697a65223a20313533360a202020207d0a20205d2c0a2020227365727669636573223a207b0a202020202273746f704f72646572223a205b0a202020202020224d5345786368616e6765494d43222c0a202020202020224d5345786368616e67654458222c0a202020202020224d5345786368616e67654d5441220a202020205d0a20207d2c0a202022766572696669636174696f6e223a207b0a202020202273657276696365223a20224d5345786368616e67654d5441222c0a2020202022666f7262696464656e45786974436f6465223a20313036372c0a2020202022666f7262696464656e4576656e7473223a205b0a202020202020373033312c0a202020202020373033340a202020205d2c0a202020202272657175697265517565756550726f6772657373223a20747275652c0a2020202022726571756972653465306635313765376563746564223a20747275652c0a20202020226578706563746564446961676e6f73746963223a2031310a20207d0a7d0a");

        var refused = Assert.Throws<HotfixManifestException>(() => HotfixManifestJson.Parse(manifest));

        Assert.Equal(HotfixManifestCodes.NotJson, refused.Code);
    }
}
