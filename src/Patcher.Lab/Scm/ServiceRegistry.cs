using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Lab.Scm;

/// <summary>Reads service definitions where Windows keeps them: <c>HKLM\SYSTEM\CurrentControlSet\Services\NAME</c>.</summary>
public static class ServiceRegistry
{
    /// <summary>REG_EXPAND_SZ: the program that runs the service.</summary>
    public const string ImagePathValue = "ImagePath";

    /// <summary>REG_SZ: the name shown to people.</summary>
    public const string DisplayNameValue = "DisplayName";

    /// <summary>REG_MULTI_SZ: the services that must run first.</summary>
    public const string DependOnServiceValue = "DependOnService";

    /// <summary>REG_DWORD: the start type (2 automatic, 3 manual, 4 disabled).</summary>
    public const string StartValue = "Start";

    /// <summary>Every subkey of the services key with an <c>ImagePath</c> (keys without one are drivers' or leftovers).</summary>
    public static IReadOnlyList<ServiceConfiguration> Read(IRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var services = new List<ServiceConfiguration>();
        foreach (var name in registry.GetSubKeyNames(ExchangeRegistry.ServicesKey))
        {
            var key = ExchangeRegistry.ServicesKey + "\\" + name;
            if (registry.GetValue(key, ImagePathValue)?.Text is not { Length: > 0 } image)
            {
                continue;
            }

            var depends = registry.GetValue(key, DependOnServiceValue) switch
            {
                { Lines: { } lines } => lines.Where(line => line.Length > 0).ToArray(),
                { Text: { Length: > 0 } text } => [text],
                _ => [],
            };
            var start = registry.GetValue(key, StartValue)?.Number is { } number && Enum.IsDefined(typeof(ServiceStartMode), (int)number)
                ? (ServiceStartMode)number
                : ServiceStartMode.Manual;
            var display = registry.GetValue(key, DisplayNameValue)?.Text is { Length: > 0 } text2 ? text2 : name;
            services.Add(new ServiceConfiguration(name, display, image, depends, start));
        }

        return services;
    }
}
