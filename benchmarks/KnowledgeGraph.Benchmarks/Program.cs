using System;
using System.Linq;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --filter '*Query*'   (one group, measured)
// dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --quick              (every benchmark once, for CI)
var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
if (quick && !rest.Contains("--filter"))
{
    rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly)
    .Run(rest, quick ? BenchmarkConfig.Quick() : BenchmarkConfig.Measured());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
