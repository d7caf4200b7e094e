using System.Xml.Linq;
using Patcher.Core.Configuration;

namespace Patcher.Installer.Tests;

/// <summary>The ADMX/ADML parse, hang together, and every policy value is a setting the agent reads from the Policies key.</summary>
public sealed class PolicyTemplateTests
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions";
    private static readonly string Policy = Path.Combine(FindRepo(), "installer", "policy");
    private static readonly XDocument Admx = XDocument.Load(Path.Combine(Policy, "Patcher.admx"));
    private static readonly XDocument Adml = XDocument.Load(Path.Combine(Policy, "en-US", "Patcher.adml"));

    [Fact]
    public void Admx_HasTheStructureOfAPolicyDefinitionsFile()
    {
        var root = Admx.Root!;

        Assert.Equal(Ns + "policyDefinitions", root.Name);
        Assert.NotNull(root.Element(Ns + "policyNamespaces")?.Element(Ns + "target"));
        Assert.NotNull(root.Element(Ns + "resources"));
        Assert.NotEmpty(root.Element(Ns + "supportedOn")!.Descendants(Ns + "definition"));
        Assert.NotEmpty(root.Element(Ns + "categories")!.Elements(Ns + "category"));
        Assert.NotEmpty(root.Element(Ns + "policies")!.Elements(Ns + "policy"));
    }

    [Fact]
    public void EveryPolicy_MachineClass_UnderThePoliciesKey_InAKnownCategory()
    {
        var categories = Admx.Descendants(Ns + "category").Select(c => (string)c.Attribute("name")!).ToHashSet();

        Assert.All(Policies(), policy =>
        {
            Assert.Equal("Machine", (string?)policy.Attribute("class"));
            Assert.Equal(@"Software\Policies\Patcher\Agent", (string?)policy.Attribute("key"));
            Assert.Contains((string)policy.Element(Ns + "parentCategory")!.Attribute("ref")!, categories);
            Assert.NotNull(policy.Element(Ns + "supportedOn"));
        });
    }

    [Fact]
    public void EveryStringAndPresentation_IsInTheAdml()
    {
        var strings = Adml.Descendants(Ns + "string").Select(s => (string)s.Attribute("id")!).ToHashSet();
        var presentations = Adml.Descendants(Ns + "presentation").ToDictionary(p => (string)p.Attribute("id")!);
        var references = Admx.Descendants().Attributes().Select(a => a.Value).Where(v => v.StartsWith("$(string.", StringComparison.Ordinal));

        Assert.All(references, reference => Assert.Contains(reference[9..^1], strings));
        Assert.All(Policies(), policy =>
        {
            var presentation = presentations[((string)policy.Attribute("presentation")!)[15..^1]];
            var refIds = presentation.Elements().Select(e => (string?)e.Attribute("refId")).ToHashSet();
            Assert.All(policy.Element(Ns + "elements")!.Elements(), element => Assert.Contains((string?)element.Attribute("id"), refIds));
        });
        Assert.All(Policies(), policy => Assert.True(Adml.Descendants(Ns + "string").Single(s => (string?)s.Attribute("id") == (string)policy.Attribute("name")! + "_Explain").Value.Length > 80));
    }

    [Fact]
    public void EveryPolicyValue_IsASettingTheAgentReads_AndEverySettingHasAPolicy()
    {
        var settings = AgentSettingsLoader.Load(new NoRegistry(), null).Entries.Select(e => e.Name).ToHashSet();
        var values = Policies().SelectMany(p => p.Element(Ns + "elements")!.Elements())
            .Select(e => (string?)e.Attribute("valueName") ?? ((string)e.Attribute("key")!).Split('\\')[^1])
            .ToArray();

        Assert.All(values, value => Assert.Contains(value, settings));
        Assert.Equal(settings.Order(), values.Order());
    }

    [Fact]
    public void ListElements_WriteTheSubkeysTheAgentReads()
    {
        var lists = Admx.Descendants(Ns + "list").ToArray();

        // The agent reads these settings from a subkey named after them, one value per item (AgentSettingsLoader).
        Assert.Equal([AgentSettingNames.TrustedSigners, AgentSettingNames.RingOrder, AgentSettingNames.RingDeferralHours], lists.Select(l => (string?)l.Attribute("id")));
        Assert.All(lists, list => Assert.Equal(AgentSettingsLocations.PolicyKey[5..] + @"\" + (string?)list.Attribute("id"), (string?)list.Attribute("key")));
    }

    private static IEnumerable<XElement> Policies() => Admx.Descendants(Ns + "policy");

    private static string FindRepo()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "installer", "policy")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("installer/policy not found");
    }

    private sealed class NoRegistry : Patcher.Core.Platform.IRegistry
    {
        public Patcher.Core.Platform.RegistryValue? GetValue(string keyPath, string valueName) => null;

        public IReadOnlyList<string> GetValueNames(string keyPath) => [];

        public IReadOnlyList<string> GetSubKeyNames(string keyPath) => [];

        public void SetValue(string keyPath, string valueName, Patcher.Core.Platform.RegistryValue value) => throw new NotSupportedException();
    }
}
