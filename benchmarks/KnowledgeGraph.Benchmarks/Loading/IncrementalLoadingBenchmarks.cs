using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Bench;
using BenchmarkDotNet.Attributes;

namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// K data files of 2,000 entities each (every file's facts also name entities of the file before it), loaded one
/// load per file into one loader, against one load of all K files. A service that loads one file per incoming article
/// must not slow down with every article: the goal is one by one within 1.3 times all at once, at every K. A run at
/// K = 200 loads 400,000 entities; measure with fewer iterations than the default job:
/// <c>--filter '*IncrementalLoading*' --warmupCount 1 --iterationCount 5</c>.
/// </summary>
public class IncrementalLoadingBenchmarks
{
    private const int EntitiesPerFile = 2_000;
    private string _folder = string.Empty;
    private string[] _paths = Array.Empty<string>();

    [Params(10, 50, 200)]
    public int Files { get; set; } = 10;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("kg-bench-files-").FullName;
        _paths = Enumerable.Range(0, Files).Select(Write).ToArray();
        var result = AllAtOnce();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The benchmark files do not load cleanly:\n" + result);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public LoadResult AllAtOnce() => new GraphLoader(BenchGraph.Schema, new GraphBuilder()).Load(_paths);

    [Benchmark]
    public LoadResult OneByOne()
    {
        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder());
        LoadResult last = null!;
        foreach (var path in _paths)
        {
            last = loader.Load(path);
        }

        return last;
    }

    private string Write(int file)
    {
        var text = new StringBuilder($"namespace: Files{file}\nentities:\n");
        for (var i = 0; i < EntitiesPerFile; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  f{file}i{i}: {{ type: Item, name: Item {i} of file {file}, code: C{i}, size: {i % 1000} }}\n");
        }

        text.Append("facts:\n");
        for (var i = 0; i < EntitiesPerFile; i++)
        {
            var other = file > 0 && i % 2 == 0 ? $"f{file - 1}i{i}" : $"f{file}i{(i + 1) % EntitiesPerFile}";
            text.Append(CultureInfo.InvariantCulture, $"  - f{file}i{i} link{1 + (i % 20):00} {other}\n");
        }

        var path = Path.Combine(_folder, $"file{file:000}.kg.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
