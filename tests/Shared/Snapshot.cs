using System.IO;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Writers;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// The one place that knows the snapshot library (ApprovalTests; Verify is not available here), shared by the test
/// projects. A snapshot is <c>Snapshots/&lt;name&gt;.approved.&lt;extension&gt;</c> in the calling test's project; a mismatch
/// writes <c>.received.&lt;extension&gt;</c> beside it and fails, without opening a diff tool. Run the tests with <c>KG_APPROVE_SNAPSHOTS=1</c> to accept every received file after reviewing the diff.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string content, string extension = "cs", [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(ProjectFolder(callerPath), "Snapshots");
        IApprovalFailureReporter reporter = System.Environment.GetEnvironmentVariable("KG_APPROVE_SNAPSHOTS") == "1" ? Approve.Instance : Fail.Instance;
        Approvals.Verify(new ApprovalTextWriter(content.Replace("\r\n", "\n"), extension), new FixedNamer(folder, name), reporter);
    }

    private static string ProjectFolder(string callerPath)
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        while (Directory.GetFiles(folder, "*.csproj").Length == 0)
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }

    /// <summary>Fails the test and nothing else (no diff tool, no console output).</summary>
    private sealed class Fail : IApprovalFailureReporter
    {
        public static readonly Fail Instance = new();

        public void Report(string approved, string received)
        {
        }
    }

    /// <summary>Accepts the received file as the new approved one.</summary>
    private sealed class Approve : IReporterWithApprovalPower
    {
        public static readonly Approve Instance = new();

        public void Report(string approved, string received) => File.Copy(received, approved, overwrite: true);

        public bool ApprovedWhenReported() => true;
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
