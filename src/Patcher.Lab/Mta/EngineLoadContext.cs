using System.Reflection;
using System.Runtime.Loader;

namespace Patcher.Lab.Mta;

/// <summary>
/// A collectible load context for one MTA start's engine, so that the engine's own types never mix with any other build
/// of them. Its dependencies (CoreLib, System.Formats.Asn1, and for the pre-fix fixture the fixed Patcher.X411) come
/// from the host's default context.
/// </summary>
internal sealed class EngineLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
