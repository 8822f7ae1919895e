using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Language;

/// <summary>
/// Methods that read or make a whole table of data once at start-up run mostly before tiered compilation has had
/// time to optimise them; marked with this, they are compiled optimised at once (<c>AggressiveOptimization</c>,
/// which netstandard2.0 does not name).
/// </summary>
internal static class BulkCode
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
