using Patcher.Windows.Registry;

namespace Patcher.Windows.Tests.Registry;

public sealed class RegistryKeyPathTests
{
    [Theory]
    [InlineData(@"HKLM\SOFTWARE\Microsoft\Exchange\Setup", @"SOFTWARE\Microsoft\Exchange\Setup")]
    [InlineData(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Exchange\Setup", @"SOFTWARE\Microsoft\Exchange\Setup")]
    [InlineData(@"hklm\software", "software")]
    [InlineData(@"Hkey_Local_Machine\SYSTEM", "SYSTEM")]
    [InlineData(@"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeMTA\", @"SYSTEM\CurrentControlSet\Services\MSExchangeMTA")]
    [InlineData(@"HKLM\SYSTEM\\\", "SYSTEM")]
    [InlineData("HKLM", "")]
    [InlineData(@"HKLM\", "")]
    [InlineData("HKEY_LOCAL_MACHINE", "")]
    public void Parse_LocalMachinePath_GivesTheSubKey(string keyPath, string subKey) =>
        Assert.Equal(subKey, RegistryKeyPath.Parse(keyPath).SubKey);

    [Fact]
    public void Parse_ForwardSlash_IsPartOfTheKeyName()
    {
        // Windows allows '/' in a key name (e.g. under HKLM\SYSTEM\CurrentControlSet\Control\...): it is not a separator.
        Assert.Equal("SOFTWARE/Vendor", RegistryKeyPath.Parse(@"HKLM\SOFTWARE/Vendor").SubKey);
    }

    [Theory]
    [InlineData(@"HKCU\Software", "HKCU")]
    [InlineData(@"HKEY_CURRENT_USER\Software", "HKEY_CURRENT_USER")]
    [InlineData(@"HKU\.DEFAULT", "HKU")]
    [InlineData(@"HKCR\.msi", "HKCR")]
    [InlineData(@"HKEY_CURRENT_CONFIG\System", "HKEY_CURRENT_CONFIG")]
    public void Parse_OtherHive_SaysOnlyHklm(string keyPath, string hive)
    {
        var e = Assert.Throws<ArgumentException>(() => RegistryKeyPath.Parse(keyPath));

        Assert.Equal("keyPath", e.ParamName);
        Assert.Contains($"is in {hive}", e.Message, StringComparison.Ordinal);
        Assert.Contains("HKLM only", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"SOFTWARE\Microsoft")]
    [InlineData(@"\HKLM\SOFTWARE")]
    [InlineData(@"HKLM2\SOFTWARE")]
    [InlineData(@"HKLM/SOFTWARE")]
    [InlineData(@"C:\EXCHSRVR")]
    public void Parse_NoHive_SaysHowToWriteIt(string keyPath)
    {
        var e = Assert.Throws<ArgumentException>(() => RegistryKeyPath.Parse(keyPath));

        Assert.Contains("does not start with a hive", e.Message, StringComparison.Ordinal);
        Assert.Contains(keyPath, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(@"\")]
    [InlineData(@"\\")]
    public void Parse_Empty_Throws(string keyPath) =>
        Assert.Contains("key path is needed", Assert.Throws<ArgumentException>(() => RegistryKeyPath.Parse(keyPath)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(@"HKLM\\SOFTWARE")]
    [InlineData(@"HKLM\SOFTWARE\\Microsoft")]
    public void Parse_DoubledSeparator_Throws(string keyPath) =>
        Assert.Contains("empty key name", Assert.Throws<ArgumentException>(() => RegistryKeyPath.Parse(keyPath)).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => RegistryKeyPath.Parse(null!));

    [Theory]
    [InlineData(@"HKEY_LOCAL_MACHINE\SOFTWARE\", @"HKLM\SOFTWARE")]
    [InlineData("hklm", "HKLM")]
    public void ToString_IsTheCanonicalHklmForm(string keyPath, string expected) =>
        Assert.Equal(expected, RegistryKeyPath.Parse(keyPath).ToString());
}
