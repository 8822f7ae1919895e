#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Lets records and init accessors compile for netstandard2.0 (the generator's target).
    internal static class IsExternalInit
    {
    }
}
#endif
