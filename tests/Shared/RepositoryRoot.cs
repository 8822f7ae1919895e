using System;
using System.IO;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>The folder of KnowledgeGraph.sln, found upward from where the tests run.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(System.IO.Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("KnowledgeGraph.sln was not found above " + AppContext.BaseDirectory);
        }

        return folder.FullName;
    }
}
