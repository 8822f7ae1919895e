using System;
using System.IO;
using System.Linq;
using System.Text;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// Run-time data from strangers, with the defects an attack on purpose found: the loader gives the build's verdict, at
/// the place of the problem, and never throws or half-loads.
/// </summary>
public sealed class HostileDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Dates_that_reach_the_year_9999_load_and_their_times_saturate()
    {
        var loader = Loader();
        var result = loader.LoadText(Path.Combine(_folder, "far.kg.yaml"), """
            namespace: Far
            entities:
              far: { type: Settlement }
            events:
              longSiege: { type: Capture, by: ukrainianForces, of: far, start: 2022, end: 9999 }
              lastDay: { type: Capture, by: ukrainianForces, of: far, date: 9999-12-31 }
              lastInstant: { type: Capture, by: ukrainianForces, of: far, date: 9999-12-31T23:59:59.9999999Z }
            """);

        Assert.True(result.Succeeded, result.ToString());
        var graph = loader.Builder.Build();
        Assert.Equal(DateTimeOffset.MaxValue, graph.Get<Capture>("longSiege").Time!.Latest);
        Assert.Equal(DateTimeOffset.MaxValue, graph.Get<Capture>("lastDay").Time!.Latest);
        Assert.Equal(3, graph.Events<Capture>().During(new DateOnly(9999, 12, 31), DateOnly.MaxValue).Count(e => e.Id is "longSiege" or "lastDay" or "lastInstant"));
        Assert.Contains(graph.Events<Capture>().AsOf(DateOnly.MaxValue), e => e.Id == "lastDay");
    }

    [Fact]
    public void Optional_values_left_out_are_null_at_run_time_as_when_compiled()
    {
        var loader = Loader();
        var result = loader.LoadText(Path.Combine(_folder, "town.kg.yaml"), "namespace: Towns\nentities:\n  hamlet: { type: Settlement }\n");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Null(loader.Builder.Build().Get<Settlement>("hamlet").Population);
    }

    [Fact]
    public void A_data_file_that_is_not_utf8_is_refused_at_the_first_bad_byte()
    {
        var path = Path.Combine(_folder, "latin1.kg.yaml");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("namespace: Latin\nentities:\n  town: { type: Settlement, name: M").Concat(new byte[] { 0xFC }).Concat(Encoding.ASCII.GetBytes("nchen }\n")).ToArray());

        var loader = Loader();
        var result = loader.Load(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0031", 3, 36), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("save the file as UTF-8", error.Message);
        Assert.Null(loader.Builder.Find("town"));
    }

    [Fact]
    public void A_document_that_is_not_utf8_is_refused_at_its_path()
    {
        File.WriteAllBytes(Path.Combine(_folder, "report.txt"), new byte[] { 0x4B, 0x69, 0xFF, 0x76 });
        var result = Loader().Load(Write("doc.kg.yaml", "namespace: Docs\ndocuments:\n  report: { path: report.txt }\nentities:\n  kiev: { type: Settlement, source: { document: report, quote: Kiv } }\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0031", 3, 19), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("holds U+FFFD at line 1, column 3", error.Message);
    }

    [Fact]
    public void A_folder_given_as_a_data_file_is_named_as_a_folder()
    {
        var error = Assert.Single(Loader().Load(_folder).Diagnostics);

        Assert.Equal("KG0024", error.Id);
        Assert.Contains("is a folder, not a data file; pass the data files in it", error.Message);
        Assert.DoesNotContain("AdditionalFiles", error.Message);
    }

    [Fact]
    public void A_document_path_in_another_case_than_the_files_is_not_found_as_at_build_time()
    {
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "Kupiansk was retaken.");
        var result = Loader().Load(Write("case.kg.yaml", "namespace: Case\ndocuments:\n  report: { path: REPORT.TXT }\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0020", 3, 19), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("paths are case-sensitive, and the file is named 'report.txt'", error.Message);
    }

    [Theory]
    [InlineData("namespace: N\nentities:\n  tank\U0001F4A5: { type: Settlement }\n", "KG0018", 3, 3)]
    [InlineData("namespace: N\nentities:\n  __arglist: { type: Settlement }\n", "KG0018", 3, 3)]
    [InlineData("namespace: class\nentities:\n  a: { type: Settlement }\n", "KG0018", 1, 12)]
    [InlineData("namespace: N\nentities:\n  \u0456zyum: { type: Settlement, name: Izyum }\n", "KG0030", 3, 3)]
    [InlineData("namespace: N\nentities:\n  M\u00fcnchen: { type: Settlement }\n  Mu\u0308nchen: { type: Settlement }\n", "KG0015", 4, 3)]
    [InlineData("namespace: N\nentities:\n  a: { type: Settlement, population: \"1,5\" }\n", "KG0004", 3, 38)]
    [InlineData("namespace: N\nentities:\n  a: ! { type: Settlement }\n", "KG0021", 3, 6)]
    public void Names_and_values_the_build_refuses_are_refused_at_run_time_with_the_same_diagnostic(string data, string id, int line, int column)
    {
        var loader = Loader();
        var result = loader.LoadText(Path.Combine(_folder, "n.kg.yaml"), data);

        Assert.Contains(result.Diagnostics, d => (d.Id, d.Span.StartLine, d.Span.StartColumn) == (id, line, column));
        Assert.False(result.Succeeded);
        Assert.Equal(IzyumGraph.Create().Entities.Count(), loader.Builder.Build().Entities.Count());
    }

    [Theory]
    [InlineData("ace", "\u0430\u0441\u0435")]
    [InlineData("\u0430\u0441\u0435", "ace")]
    public void An_id_that_looks_like_one_loaded_earlier_is_refused(string first, string second)
    {
        var loader = Loader();
        Assert.True(loader.LoadText(Path.Combine(_folder, "one.kg.yaml"), $"namespace: One\nentities:\n  {first}: {{ type: Settlement }}\n").Succeeded);

        var result = loader.LoadText(Path.Combine(_folder, "two.kg.yaml"), $"namespace: Two\nentities:\n  {second}: {{ type: Settlement }}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0030", 3, 3), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains($"looks the same as '{first}'", error.Message);
    }

    [Fact]
    public void A_quote_typed_in_composed_form_matches_a_document_in_decomposed_form()
    {
        File.WriteAllText(Path.Combine(_folder, "nfd.txt"), "Mu\u0308nchen was quiet.");
        var loader = Loader();
        var result = loader.Load(Write("nfc.kg.yaml", "namespace: Nfc\ndocuments:\n  d: { path: nfd.txt }\nentities:\n  munich: { type: Settlement, source: { document: d, quote: M\u00fcnchen was quiet } }\n"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("M\u00fcnchen was quiet", loader.Builder.Build().Get<Settlement>("munich").Sources.Single().Quote);
    }

    private static GraphLoader Loader() => new(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
