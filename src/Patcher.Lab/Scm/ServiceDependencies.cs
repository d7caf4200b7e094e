namespace Patcher.Lab.Scm;

/// <summary>Orders services by their <c>DependOnService</c> lists, as the SCM starts them (dependencies first).</summary>
public static class ServiceDependencies
{
    /// <summary>
    /// <paramref name="services"/> with every service after the services it depends on (names outside the set are ignored);
    /// ties keep the given order. Reverse it to stop.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dependencies form a cycle.</exception>
    public static IReadOnlyList<T> StartOrder<T>(IEnumerable<T> services, Func<T, string> name, Func<T, IEnumerable<string>> dependsOn)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dependsOn);
        var all = services.ToArray();
        var byName = all.ToDictionary(name, StringComparer.OrdinalIgnoreCase);
        var ordered = new List<T>(all.Length);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        void Visit(T service)
        {
            var key = name(service);
            if (done.Contains(key))
            {
                return;
            }

            if (!visiting.Add(key))
            {
                throw new InvalidOperationException($"The service dependencies form a cycle through {key}.");
            }

            foreach (var dependency in dependsOn(service))
            {
                if (byName.TryGetValue(dependency, out var next))
                {
                    Visit(next);
                }
            }

            visiting.Remove(key);
            done.Add(key);
            ordered.Add(service);
        }

        foreach (var service in all)
        {
            Visit(service);
        }

        return ordered;
    }
}
