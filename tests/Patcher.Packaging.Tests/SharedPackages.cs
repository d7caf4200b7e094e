namespace Patcher.Packaging.Tests;

/// <summary>The xunit collection sharing one <see cref="PackageFixture"/>: certificates and the built package are made once.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPackages : ICollectionFixture<PackageFixture>
{
    public const string Name = "packages";
}
