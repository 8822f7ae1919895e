using System;
using System.IO;
using System.Linq;
using Xunit;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// A program a test runs to read back what the product wrote (Graphviz's <c>dot</c>, for instance). Where it is missing
/// the test reports itself skipped, naming the tool and how to install it; under <c>CI=true</c> it fails instead, since
/// CI installs every tool (<c>.ci/run</c>) and nothing there may be skipped.
/// </summary>
internal static class ExternalTool
{
    /// <summary>The full path of <paramref name="name"/> on the PATH; skips (or, in CI, fails) the test when there is none.</summary>
    public static string Require(string name, string install)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        var message = $"'{name}' is not on the PATH ({install}).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message + " CI must install it: see .ci/run.");
        }

        Skip.If(true, message);
        return name;
    }
}
