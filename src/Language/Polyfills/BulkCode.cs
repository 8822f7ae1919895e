using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Language;

/// <summary>
/// Marks methods that read or make a whole table of data once at start-up, before tiered compilation has had time to
/// optimise them.
/// </summary>
/// <remarks>
/// Such a method is compiled optimised at its first call (<c>AggressiveOptimization</c>, which netstandard2.0 does not
/// name). The build that the package ships precompiled for linux-x64 (READY_TO_RUN; see the SDK's project file) leaves
/// the mark out, as it would keep these methods out of the precompiled code and have them compiled at start-up after all.
/// </remarks>
public static class BulkCode
{
    /// <summary>
    /// Marks the steps that reading a data table takes for each field and each record. In the precompiled build they are
    /// inlined into the loop that reads a phase of a table (<see cref="Tables.DataTableRead.ReadThrough"/>), which runs
    /// a few times per table: a method called for every field becomes hot at once, and the runtime compiles it again with
    /// PGO instrumentation part-way through the read; the instrumented code ran until the start-up ended and made a
    /// 100,000-entity start-up take a third longer (docs/benchmarks.md, "Ids by number"). Inlined, the loop's precompiled
    /// code runs to the end. Where nothing is precompiled, they are compiled optimised at their first call, like
    /// <see cref="Optimized"/>: inlined into one loop there, they made that one method slow to compile at every start-up.
    /// </summary>
#if READY_TO_RUN
    public const MethodImplOptions ReadStep = MethodImplOptions.AggressiveInlining;
#else
    public const MethodImplOptions ReadStep = (MethodImplOptions)512;
#endif

#if READY_TO_RUN
    public const MethodImplOptions Optimized = 0;
#else
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
#endif
}
