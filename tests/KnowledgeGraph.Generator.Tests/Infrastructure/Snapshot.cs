using System.IO;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace KnowledgeGraph.Generator.Tests.Infrastructure;

/// <summary>
/// The one place that knows the snapshot library (ApprovalTests; Verify is not available here). A snapshot is
/// <c>Snapshots/&lt;name&gt;.approved.cs</c>; a mismatch writes <c>.received.cs</c> beside it and fails, quietly.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string content, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(ProjectFolder(callerPath), "Snapshots");
        Approvals.Verify(new ApprovalTextWriter(content.Replace("\r\n", "\n"), "cs"), new FixedNamer(folder, name), QuietReporter.INSTANCE);
    }

    private static string ProjectFolder(string callerPath)
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        while (!File.Exists(Path.Combine(folder, "KnowledgeGraph.Generator.Tests.csproj")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }

    private sealed class FixedNamer : IApprovalNamer
    {
        public FixedNamer(string sourcePath, string name)
        {
            SourcePath = sourcePath;
            Name = name;
        }

        public string SourcePath { get; }

        public string Name { get; }
    }
}
