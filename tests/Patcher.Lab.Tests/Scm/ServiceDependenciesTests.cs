using Patcher.Lab.Scm;

namespace Patcher.Lab.Tests.Scm;

public sealed class ServiceDependenciesTests
{
    [Fact]
    public void StartOrder_PutsDependenciesFirst()
    {
        (string Name, string[] Deps)[] services = [("IMC", ["MTA"]), ("MTA", ["DS"]), ("IS", ["DS"]), ("DS", ["SA"]), ("SA", [])];

        var order = ServiceDependencies.StartOrder(services, s => s.Name, s => s.Deps).Select(s => s.Name).ToArray();

        Assert.Equal(["SA", "DS", "MTA", "IMC", "IS"], order);
    }

    [Fact]
    public void StartOrder_Cycle_Throws()
    {
        (string Name, string[] Deps)[] services = [("A", ["B"]), ("B", ["A"])];

        Assert.Throws<InvalidOperationException>(() => ServiceDependencies.StartOrder(services, s => s.Name, s => s.Deps));
    }
}
