using System;
using System.IO;
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Language.Model;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>What a graph covers of its documents, sentence by sentence, and what a passage supports.</summary>
public sealed class CoverageTests : IDisposable
{
    private const string Report = """
        Kupiansk Falls | A Report
        Ukrainian forces entered Kupiansk on 10 September. Mr. Smith said the town was quiet.

        The move was “a masterstroke”, he added. Share this article. Russia moved troops to Donbas.
        """;

    private const string Data = """
        namespace: Extra
        documents:
          report: { path: report.txt, title: Kupiansk falls }
        entities:
          kupiansk: { type: Settlement, name: Kupiansk, partOf: kharkivRegion }
        events:
          kupianskTaken:
            type: Capture
            name: Capture of Kupiansk
            by: ukrainianForces
            of: kupiansk
            date: 2022-09-10
            sources:
              - { document: report, quote: Ukrainian forces entered Kupiansk on 10 September }
              - { document: report, quote: Kupiansk Falls }
        facts:
          - subject: kupiansk
            relation: partOf
            object: kharkivRegion
            source: { document: report, quote: "the town was quiet" }
        omitted:
          - { document: report, quote: "The move was “a masterstroke”, he added.", reason: opinion, note: a bystander's judgement }
          - { document: report, quote: Share this article., reason: boilerplate }
          - { document: report, quote: Russia moved, reason: commentary }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-coverage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_sentence_is_supported_excluded_or_missing_with_what_supports_it()
    {
        var graph = LoadReport();
        var report = graph.FindDocument("report")!;

        var coverage = graph.Coverage(report);

        Assert.Equal(
            new[]
            {
                ("Kupiansk Falls | A Report", 1, 1, CoverageStatus.Supported),
                ("Ukrainian forces entered Kupiansk on 10 September.", 2, 1, CoverageStatus.Supported),
                ("Mr. Smith said the town was quiet.", 2, 52, CoverageStatus.Supported),
                ("The move was “a masterstroke”, he added.", 4, 1, CoverageStatus.Excluded),
                ("Share this article.", 4, 42, CoverageStatus.Excluded),
                ("Russia moved troops to Donbas.", 4, 62, CoverageStatus.Missing), // only partly omitted: a claim is left
            },
            coverage.Sentences.Select(s => (s.Sentence.Text, s.Sentence.Line, s.Sentence.Column, s.Status)));
        Assert.Equal(
            new[] { "Capture of Kupiansk (Capture)", "Ukrainian forces took control of Kupiansk", "Ukrainian forces controls Kupiansk" },
            coverage.Sentences[1].Supports.Select(s => s.What));
        Assert.Equal("Kupiansk is part of Kharkiv region", Assert.Single(coverage.Sentences[2].Supports).What);
        Assert.Equal(OmissionReason.Opinion, Assert.Single(coverage.Sentences[3].Omissions).Reason);
        Assert.Equal("opinion (a bystander's judgement): \"The move was “a masterstroke”, he added.\"", coverage.Sentences[3].Omissions[0].ToString());
        Assert.Equal((3, 2, 1, false), (coverage.SupportedCount, coverage.ExcludedCount, coverage.MissingCount, coverage.IsComplete));
        Assert.Equal("Russia moved troops to Donbas.", Assert.Single(coverage.Missing).Sentence.Text);
        Assert.Equal("Kupiansk falls: 6 sentences, 3 supported, 2 excluded, 1 missing", coverage.ToString());
    }

    [Fact]
    public void A_passage_a_line_or_a_stretch_tells_what_it_supports()
    {
        var graph = LoadReport();
        var report = graph.FindDocument("report")!;

        Assert.Equal(
            new[] { "Capture of Kupiansk (Capture)", "Ukrainian forces took control of Kupiansk", "Ukrainian forces controls Kupiansk" },
            graph.Supports(report, "entered  Kupiansk").Select(s => s.What));
        Assert.Equal(
            new[] { "Capture of Kupiansk (Capture)", "Ukrainian forces took control of Kupiansk", "Ukrainian forces controls Kupiansk", "Kupiansk is part of Kharkiv region" },
            graph.SupportsOnLine(report, 2).Select(s => s.What));
        Assert.Empty(graph.SupportsOnLine(report, 4));
        Assert.Equal(3, graph.Supports(report, 0, 1).Count); // "Kupiansk Falls" quotes the capture, and so the facts it implies
        var source = graph.Supports(report, "the town").Single().Source;
        Assert.Equal(("the town was quiet", 2, 67), (source.Quote, source.Line, source.Column));
        Assert.Equal(graph.SupportsOnLine(report, 1).Count + graph.SupportsOnLine(report, 2).Count, graph.Supports(report, 0, int.MaxValue).Count);
        Assert.Throws<ArgumentException>(() => graph.Supports(report, "not in the report"));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.SupportsOnLine(report, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.SupportsOnLine(report, 0));
    }

    [Fact]
    public void Loaded_documents_and_omissions_are_in_the_graph_with_their_text()
    {
        var graph = LoadReport();

        var report = graph.FindDocument("report")!;
        Assert.Equal(Report.Replace("\r\n", "\n"), report.Text);
        Assert.Contains(Documents.Article, graph.Documents); // compiled documents too
        var loaded = graph.Omissions.Where(o => o.Passage.Document.Id == "report").ToList();
        Assert.Equal(new[] { OmissionReason.Opinion, OmissionReason.Boilerplate, OmissionReason.Commentary }, loaded.Select(o => o.Reason));
        Assert.All(loaded, o => Assert.Same(report, o.Passage.Document));
        Assert.Equal(("Share this article.", 4, 42), (loaded[1].Passage.Quote, loaded[1].Passage.Line, loaded[1].Passage.Column));
        Assert.Equal(graph.Omissions.Count - 3, IzyumGraph.Create().Omissions.Count); // the compiled ones come first
    }

    [Fact]
    public void A_wrong_omission_is_reported_where_it_is_written_and_the_load_adds_nothing()
    {
        File.WriteAllText(Path.Combine(_folder, "report.txt"), Report);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var path = Path.Combine(_folder, "bad.kg.yaml");
        File.WriteAllText(path, """
            namespace: Extra
            documents:
              report: { path: report.txt }
            omitted:
              - { document: report, quote: Share this article., reason: boring }
              - { document: report, quote: not in the report, reason: opinion }
              - { document: reprot, quote: Share, reason: opinion }
              - { document: report, quote: Share }
              - Share this article.
            """);

        var result = loader.Load(path);

        Assert.False(result.Succeeded);
        Assert.Equal(
            new[] { ("KG0027", 5, 61), ("KG0016", 6, 32), ("KG0009", 7, 17), ("KG0012", 8, 5), ("KG0003", 9, 5) },
            result.Diagnostics.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn)));
        Assert.Contains("'boring' is not a reason to leave a passage out; write one of opinion, speculation", result.Diagnostics[0].Message);
        Assert.Contains("missing required key 'reason'", result.Diagnostics[3].Message);
        var graph = loader.Builder.Build();
        Assert.Null(graph.FindDocument("report"));
        Assert.DoesNotContain(graph.Omissions, o => o.Passage.Document.Id == "report");
    }

    [Fact]
    public void Omitting_a_number_is_a_warning_and_reasons_are_read_in_any_case()
    {
        File.WriteAllText(Path.Combine(_folder, "report.txt"), "Some 40,000 people lived there. Share this article.");
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var path = Path.Combine(_folder, "numbers.kg.yaml");
        File.WriteAllText(path, "namespace: Extra\ndocuments:\n  report: { path: report.txt }\nomitted:\n  - { document: report, quote: \"Some 40,000 people lived there.\", reason: commentary }\n  - { document: report, quote: Share this article., reason: Boilerplate }\n");

        var result = loader.Load(path);

        Assert.True(result.Succeeded, result.ToString());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0028", KnowledgeGraph.Language.Diagnostics.KgSeverity.Warning, 5, 32), (warning.Id, warning.Severity, warning.Span.StartLine, warning.Span.StartColumn));
        Assert.Contains("holds a number ('40,000')", warning.Message);
        Assert.Equal(OmissionReason.Boilerplate, loader.Builder.Build().Omissions[^1].Reason);
    }

    [Fact]
    public void Lines_wrapped_inside_a_sentence_join_it_and_a_sentence_may_end_in_no()
    {
        var text = "Town Retaken\nThe mayor\nwelcomed them at the bridge. He said no. The end.";
        var document = new DocumentInfo("d", "d.txt", null, null) { Text = text };

        var sentences = new GraphBuilder().Add(document).Build().Coverage(document).Sentences.Select(s => s.Sentence).ToList();

        Assert.Equal(new[] { "Town Retaken", "The mayor\nwelcomed them at the bridge.", "He said no.", "The end." }, sentences.Select(s => s.Text));
        Assert.Equal((2, 1), (sentences[1].Line, sentences[1].Column));
        Assert.Equal((3, 30), (sentences[2].Line, sentences[2].Column));
    }

    [Fact]
    public void An_omission_of_a_document_the_builder_holds_in_another_version_is_reported_and_adds_nothing()
    {
        var builder = new GraphBuilder().Add(new DocumentInfo("article", "elsewhere.txt", "Another article", null));
        var loader = new GraphLoader(IzyumGraph.Schema, builder);

        var result = loader.LoadText(Path.Combine(_folder, "o.kg.yaml"), "namespace: Extra\nentities:\n  town: { type: Settlement }\nomitted:\n  - { document: article, quote: Leave a Reply, reason: boilerplate }\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0015", 5, 17), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Equal(0, builder.EntityCount);
        Assert.Empty(builder.Build().Omissions);
    }

    [Fact]
    public void Every_reason_of_the_language_is_a_member_of_the_enum()
    {
        Assert.Equal(OmissionReasons.All, Enum.GetNames<OmissionReason>().Select(n => n.ToLowerInvariant()));
    }

    [Fact]
    public void A_document_without_text_cannot_be_covered_and_another_document_cannot_take_its_id()
    {
        var handMade = new DocumentInfo("note", "note.txt", null, null);
        var graph = IzyumGraph.Create();

        Assert.Throws<ArgumentException>(() => graph.Coverage(handMade));
        Assert.Empty(graph.Supports(handMade, 0, 10));
        var builder = IzyumGraph.CreateBuilder();
        builder.Add(handMade).Add(handMade);
        Assert.Throws<ArgumentException>(() => builder.Add(new DocumentInfo("article", "other.txt", null, null)));
        Assert.Same(handMade, builder.FindDocument("note"));
    }

    [Fact]
    public void Sentences_end_at_line_breaks_and_at_stops_but_not_after_initials_or_abbreviations()
    {
        var builder = new GraphBuilder();
        var text = "Title line without a stop\n\n  Gen. Ivanov met J. Smith in the U.S. on Monday. “Is it over?” he asked. Yes… 40 died!\nLast line.";
        var document = new DocumentInfo("d", "d.txt", null, null) { Text = text };
        var graph = builder.Add(document).Build();

        var sentences = graph.Coverage(document).Sentences.Select(s => s.Sentence).ToList();

        Assert.Equal(
            new[] { "Title line without a stop", "Gen. Ivanov met J. Smith in the U.S. on Monday.", "“Is it over?” he asked.", "Yes…", "40 died!", "Last line." },
            sentences.Select(s => s.Text));
        Assert.Equal((3, 3), (sentences[1].Line, sentences[1].Column));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
        Assert.Equal(Enumerable.Range(1, 6), sentences.Select(s => s.Number));
        Assert.All(graph.Coverage(document).Sentences, s => Assert.Equal(CoverageStatus.Missing, s.Status));
    }

    private Graph LoadReport()
    {
        File.WriteAllText(Path.Combine(_folder, "report.txt"), Report);
        var path = Path.Combine(_folder, "kupiansk.kg.yaml");
        File.WriteAllText(path, Data);
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.Load(path);
        Assert.True(result.Succeeded, result.ToString());
        return loader.Builder.Build();
    }
}
