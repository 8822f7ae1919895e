using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using Izyum;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>
/// The exported seed graph in a real SPARQL store: a private Virtuoso that <c>.ci/run</c> installs and starts
/// (<c>tests/tools/virtuoso.sh</c>) answers each sample question over HTTP as the typed API does.
/// </summary>
public sealed class VirtuosoTests : IClassFixture<VirtuosoTests.SeedInVirtuoso>
{
    private readonly SeedInVirtuoso _store;

    public VirtuosoTests(SeedInVirtuoso store) => _store = store;

    public static TheoryData<string> Questions() => new(SeedQuestions.All().Select(q => q.Name));

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public void Virtuoso_answers_as_the_typed_API(string name)
    {
        _store.Require();
        var question = SeedQuestions.All().Single(q => q.Name == name);
        var expected = question.Typed(IzyumGraph.Create()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, _store.Answers(question.Sparql));
    }

    /// <summary>Loads the export once into a named graph of the running server; records why, when it cannot.</summary>
    public sealed class SeedInVirtuoso : IDisposable
    {
        private const string GraphIri = "http://example.org/kg/tests/izyum";
        private static readonly string Script = Path.Combine(RepositoryRoot.Path, "tests", "tools", "virtuoso.sh");
        private readonly string _folder = Directory.CreateTempSubdirectory("kg-virtuoso-").FullName;
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
        private readonly string? _problem;

        public SeedInVirtuoso()
        {
            var (status, statusOutput) = RunScript("status");
            if (status != 0)
            {
                _problem = $"Virtuoso is not running ({statusOutput.Trim()}); start it with 'tests/tools/virtuoso.sh install && tests/tools/virtuoso.sh start'";
                return;
            }

            var file = Path.Combine(_folder, "izyum.ttl");
            using (var stream = File.Create(file))
            {
                RdfExport.WriteGraph(IzyumGraph.Create(), IzyumGraph.Schema, stream);
            }

            var (load, loadOutput) = RunScript("load", file, GraphIri);
            if (load != 0)
            {
                throw new InvalidOperationException("Virtuoso did not load the export: " + loadOutput);
            }
        }

        public void Require()
        {
            if (_problem is null)
            {
                return;
            }

            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(_problem + ". CI must start it: see .ci/run.");
            }

            Skip.If(true, _problem);
        }

        /// <summary>The values of the one variable of a SELECT, over the seed's named graph.</summary>
        public List<string> Answers(string sparql)
        {
            var port = Environment.GetEnvironmentVariable("KG_VIRTUOSO_HTTP_PORT") ?? "8891";
            var url = $"http://localhost:{port}/sparql?default-graph-uri={Uri.EscapeDataString(GraphIri)}&query={Uri.EscapeDataString(sparql)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/sparql-results+json");
            using var response = _http.Send(request);
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Assert.True(response.IsSuccessStatusCode, body);
            using var json = JsonDocument.Parse(body);
            var variable = json.RootElement.GetProperty("head").GetProperty("vars")[0].GetString()!;
            return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
                .Select(binding => binding.GetProperty(variable).GetProperty("value").GetString()!)
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        public void Dispose()
        {
            _http.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private static (int Exit, string Output) RunScript(params string[] arguments)
        {
            var start = new ProcessStartInfo("bash", new[] { Script }.Concat(arguments)) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors);
        }
    }
}
