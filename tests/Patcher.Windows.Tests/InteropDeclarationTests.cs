using System.Reflection;
using System.Runtime.InteropServices;

namespace Patcher.Windows.Tests;

public sealed class InteropDeclarationTests
{
    private static readonly Assembly Windows = typeof(WindowsPlatform).Assembly;

    public static TheoryData<string> Imports()
    {
        var data = new TheoryData<string>();
        foreach (var method in ImportedMethods())
        {
            data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Imports))]
    public void Import_TakingStrings_UsesUtf16AndWideEntryPoint(string name)
    {
        var method = ImportedMethods().Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == name);
        var import = method.GetCustomAttribute<LibraryImportAttribute>()!;
        if (!method.GetParameters().Any(p => p.ParameterType == typeof(string)))
        {
            return;
        }

        // Without a W entry point the ANSI function would be called with UTF-16 text.
        Assert.Equal(StringMarshalling.Utf16, import.StringMarshalling);
        Assert.EndsWith("W", import.EntryPoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_AreDeclared_ForEveryNativeFunctionUsed()
    {
        var names = ImportedMethods().Select(m => m.GetCustomAttribute<LibraryImportAttribute>()!.EntryPoint ?? m.Name).ToHashSet();
        string[] expected =
        [
            "OpenSCManagerW", "OpenServiceW", "QueryServiceStatusEx", "StartServiceW", "ControlService", "CloseServiceHandle",
            "PdhOpenQueryW", "PdhAddEnglishCounterW", "PdhCollectQueryData", "PdhGetFormattedCounterValue", "PdhCloseQuery",
            "MsiEnumRelatedProductsW", "MsiGetProductInfoW",
            "OpenProcess", "EnumProcessModulesEx", "GetModuleFileNameExW",
        ];
        Assert.Subset(names, expected.ToHashSet());
    }

    private static IEnumerable<MethodInfo> ImportedMethods() =>
        Windows.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<LibraryImportAttribute>() is not null);
}
