using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Bench;
using KnowledgeGraph.Benchmarks.Loading;

namespace KnowledgeGraph.Benchmarks.Pictures;

/// <summary>
/// Whether a large graph still opens in the explorer: writes the page of a graph of about <c>entities</c> entities and
/// events, opens it in headless Chromium, and reports how long the page's script took to build and lay out the graph
/// (the page measures it itself) and how long Chromium took to load it whole, against the same page with no data.
/// Run with <c>-- --explorer [entities]</c>; needs <c>chromium</c> on the PATH.
/// </summary>
public static class ExplorerTiming
{
    public static int Run(int entities)
    {
        // The data file's items come with a fifth as many sites, incidents and regions: 0.83 items per entity.
        var items = (int)(entities / 1.2);
        var loader = new GraphLoader(BenchGraph.Schema, new GraphBuilder(), new LoaderOptions(MaxFileBytes: 1L << 30, MaxNodes: int.MaxValue, MaxLoadBytes: 1L << 31));
        var result = loader.LoadText("/data/explorer.kg.yaml", DataFile.Create(items, facts: 2 * items));
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result);
            return 1;
        }

        var graph = loader.Builder.Build();
        var folder = Directory.CreateTempSubdirectory("kg-explorer-timing-").FullName;
        try
        {
            var empty = Open(Path.Combine(folder, "empty.html"), new GraphBuilder().Build().Picture().ToHtml("empty"));
            var full = Open(Path.Combine(folder, "graph.html"), graph.Picture().ToHtml("benchmark"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {graph.Entities.Count:N0} entities and events, {graph.AllFacts.Count:N0} facts | {new FileInfo(Path.Combine(folder, "graph.html")).Length / 1048576.0:F1} MB | {full.DrawnMs} ms | {full.LongestMs} ms | {full.WallMs:F0} ms | {empty.WallMs:F0} ms | {full.Errors} |"));
            return full.Errors == "none" ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string DrawnMs, string LongestMs, double WallMs, string Errors) Open(string path, string html)
    {
        File.WriteAllText(path, html);
        var profile = Directory.CreateTempSubdirectory("kg-chromium-").FullName;
        var start = new ProcessStartInfo("chromium")
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile}", "--virtual-time-budget=600000", "--dump-dom", new Uri(path).AbsoluteUri },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        Directory.Delete(profile, recursive: true);
        var errors = Regex.Match(dom, "data-errors=\"([^\"]*)\"");
        return (Value(dom, "drawn-ms"), Value(dom, "longest-task-ms"), stopwatch.Elapsed.TotalMilliseconds, errors.Success ? errors.Groups[1].Value : "none");
    }

    private static string Value(string dom, string name)
    {
        var match = Regex.Match(dom, $"data-{name}=\"(\\d+)\"");
        return match.Success ? match.Groups[1].Value : "-";
    }
}
