using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Patcher.X411.Decoding;
using Before = Patcher.X411.Tests.Oracle.P1Decoder;

namespace Patcher.X411.Benchmarks;

/// <summary>
/// One build of the engine, as two loops (<c>calls</c> validations or decodes of one message) that
/// <see cref="InterleavedComparison"/> alternates: this build, the engine before issue 13 (the tests' oracle, compiled
/// in), or another build's <c>Patcher.X411.dll</c> loaded into its own <see cref="AssemblyLoadContext"/>, so that two
/// commits of the engine run side by side in one process (<c>scripts/bench.sh --against COMMIT</c>).
/// </summary>
internal sealed record EngineBuild(string Name, Action<byte[], int> Validate, Action<byte[], int> Decode)
{
    public static EngineBuild Current { get; } = From(typeof(P1Decoder), "now");

    public static EngineBuild BeforeIssue13 { get; } = From(typeof(Before), "before");

    /// <summary>The engine in <paramref name="assemblyPath"/>, a <c>Patcher.X411.dll</c> built from another commit.</summary>
    public static EngineBuild Load(string assemblyPath, string name)
    {
        var path = Path.GetFullPath(assemblyPath);
        var assembly = new AssemblyLoadContext(name).LoadFromAssemblyPath(path);
        return From(assembly.GetType("Patcher.X411.Decoding.P1Decoder", throwOnError: true)!, name);
    }

    private static EngineBuild From(Type decoder, string name) =>
        new(name, Loop(decoder.GetMethod("Validate")!), Loop(decoder.GetMethod("Decode")!));

    /// <summary>
    /// <c>for (i = 0; i &lt; calls; i++) method(bytes);</c> as IL: a loaded build's types are not this build's, so no
    /// delegate type of ours could bind to it. Every build runs through the same loop, so none is favoured (an A/A run
    /// with a C# loop for this build measured it 3–5 % slower than the same code loaded).
    /// </summary>
    private static Action<byte[], int> Loop(MethodInfo method)
    {
        var toSpan = typeof(ReadOnlySpan<byte>).GetMethod("op_Implicit", [typeof(byte[])])!;
        var loop = new DynamicMethod(method.Name + "Loop", null, [typeof(byte[]), typeof(int)], typeof(EngineBuild).Module);
        var il = loop.GetILGenerator();
        var i = il.DeclareLocal(typeof(int));
        var check = il.DefineLabel();
        var body = il.DefineLabel();
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, i);
        il.Emit(OpCodes.Br, check);
        il.MarkLabel(body);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, toSpan);
        il.Emit(OpCodes.Call, method);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, i);
        il.MarkLabel(check);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Blt, body);
        il.Emit(OpCodes.Ret);
        return loop.CreateDelegate<Action<byte[], int>>();
    }
}
