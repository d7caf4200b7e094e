namespace Patcher.Installer.Tests;

/// <summary>One MSI build for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class InstallerCollection : ICollectionFixture<InstallerBuild>
{
    public const string Name = "installer";
}
