using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace KnowledgeGraph.Package.Tests;

/// <summary>
/// Packs the package once for all tests, with a version of its own so no stale copy in a cache can stand in for it,
/// and makes consumer projects that see only that package (other packages come from the machine's cache or feeds).
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Folder = Directory.CreateTempSubdirectory("kg-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Folder, "feed")).FullName;
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // What a release pipeline runs: a restore, then `dotnet pack --no-restore` at the root of the repository, which
        // must make the one package, and one that depends on no package of this repository (the pack sees only what the
        // plain restore wrote).
        var repository = CopyRepository();
        var (restoreExit, restoreOutput) = DotNet.Run(repository, null, "restore");
        Assert.True(restoreExit == 0, "dotnet restore failed:\n" + restoreOutput);
        var (exitCode, output) = DotNet.Run(repository, null, "pack", "--no-restore", "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Packages = Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).ToList()!;
        PackagePath = Directory.GetFiles(Feed, "KnowledgeGraph.*.nupkg").Single();
    }

    public string Folder { get; }

    /// <summary>Whether a pack on this machine adds ReadyToRun images (it does on linux-x64: see the SDK's project file).</summary>
    public static bool PacksReadyToRun => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";

    /// <summary>Every package the root pack made.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>
    /// Packs from a copy of the repository (its sources, tests, samples and benchmarks, without build output), so that
    /// packing (which restores and builds in its own way) never races the builds of the working tree that other tests
    /// run at the same time.
    /// </summary>
    private string CopyRepository()
    {
        var root = DotNet.RepositoryRoot();
        var copy = Directory.CreateDirectory(Path.Combine(Folder, "source")).FullName;
        foreach (var file in Directory.EnumerateFiles(root))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var skipped = new[] { "bin", "obj", "node_modules", "BenchmarkDotNet.Artifacts", ".git" };
        foreach (var folder in new[] { "src", "tests", "samples", "benchmarks", "seeds", "docs" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => skipped.Contains(part)))
                {
                    continue;
                }

                var target = Path.Combine(copy, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return copy;
    }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>A new folder with a NuGet.config that adds the package's feed; restored packages go to a private folder.</summary>
    public string NewConsumerFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, name)).FullName;
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="knowledgegraph-under-test" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine-cache" value="{globalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        return folder;
    }

    /// <summary>The environment for dotnet commands in consumer folders: a private package folder per package under test.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Folder, "packages"),
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the system to clean.
        }
    }
}
