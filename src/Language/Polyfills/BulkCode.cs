using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Language;

/// <summary>
/// Marks methods that read or make a whole table of data once at start-up, before tiered compilation has had time to
/// optimise them.
/// </summary>
/// <remarks>
/// Where the package ships no precompiled code (net8.0, and the generator's netstandard2.0) such a method is compiled
/// optimised at its first call (<c>AggressiveOptimization</c>, which netstandard2.0 does not name). The net10.0 build
/// is also shipped as ReadyToRun code (see the SDK's project file), and <c>AggressiveOptimization</c> would keep these
/// methods out of it and have them compiled at start-up after all: there the mark is nothing.
/// </remarks>
public static class BulkCode
{
#if NET10_0_OR_GREATER
    public const MethodImplOptions Optimized = 0;
#else
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
#endif
}
