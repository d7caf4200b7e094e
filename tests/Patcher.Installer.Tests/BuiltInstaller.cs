namespace Patcher.Installer.Tests;

/// <summary>One MSI build for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltInstaller : ICollectionFixture<InstallerBuild>
{
    public const string Name = "installer";
}
