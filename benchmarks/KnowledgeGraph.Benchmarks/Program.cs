using System;
using System.Linq;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --filter '*Query*'   (one group, measured)
// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --quick              (every benchmark once, for CI)
// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --load-memory 100000 (peak memory of one large load, in this process)
// ... -- --load-memory 100000 --heap-cap 2   (and again in a child process whose heap is capped at 2x what the graph keeps)
if (args.Length > 0 && args[0] == "--load-memory")
{
    var items = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var cap = Array.IndexOf(args, "--heap-cap") is var at and > 0 && at + 1 < args.Length ? double.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
    return KnowledgeGraph.Benchmarks.Loading.LoadMemory.Run(items, cap);
}

if (args.Length > 1 && args[0] == "--load-memory-capped")
{
    return KnowledgeGraph.Benchmarks.Loading.LoadMemory.RunOnce(args[1]);
}

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --explorer 10000     (a 10,000-entity graph in the explorer, in Chromium)
if (args.Length > 0 && args[0] == "--explorer")
{
    return KnowledgeGraph.Benchmarks.Pictures.ExplorerTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
}

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --rdf-vs-oxigraph 100000 (our N-Triples import and export beside Oxigraph's load, in one run)
if (args.Length > 0 && args[0] == "--rdf-vs-oxigraph")
{
    return KnowledgeGraph.Benchmarks.Rdf.RdfVersusOxigraph.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
if (quick && !rest.Contains("--filter"))
{
    rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly)
    .Run(rest, quick ? BenchmarkConfig.Quick() : BenchmarkConfig.Measured());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
