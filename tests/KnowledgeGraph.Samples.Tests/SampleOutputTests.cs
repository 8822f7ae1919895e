using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KnowledgeGraph.Samples.Tests;

/// <summary>Each sample answers its question from the seed graph (the answers are checked, not the drawing).</summary>
public sealed class SampleOutputTests : IClassFixture<SampleOutputTests.AllSamples>
{
    private readonly AllSamples _samples;

    public SampleOutputTests(AllSamples samples) => _samples = samples;

    [Fact]
    public void Every_sample_runs()
    {
        Assert.Equal(0, _samples.ExitCode);
        Assert.Contains("13 of 13 samples ran.", _samples.Output);
    }

    [Fact]
    public void Who_withdrew_from_Izyum() =>
        Assert.Equal(new[] { "Russian forces" }, Rows(_samples["who-withdrew-from-izyum"], "Who withdrew from Izyum?").Select(r => r[0]));

    [Fact]
    public void Where_did_they_regroup() =>
        Assert.Equal(new[] { "Russian forces | Donbas" }, Rows(_samples["where-did-they-regroup"], "Where did they regroup to?").Select(r => string.Join(" | ", r)));

    [Fact]
    public void What_Ukraine_took_control_of_and_when()
    {
        var rows = Rows(_samples["what-ukraine-took-control-of"], "What Ukraine took control of").Select(r => (r[0], r[1])).ToList();
        Assert.Contains(("Izyum", "2022-09-11"), rows);
        Assert.DoesNotContain(rows, r => r.Item1 == "Balakliya"); // Russia left it; the article does not say Ukraine took it
    }

    [Fact]
    public void What_Izyum_is_part_of() =>
        Assert.Equal(new[] { "Kharkiv region", "Eastern Ukraine", "Ukraine" }, Rows(_samples["what-is-izyum-part-of"], "Izyum is part of").Select(r => r[0]));

    [Fact]
    public void What_happened_in_the_Kharkiv_region_between_6_and_11_September()
    {
        var events = Rows(_samples["kharkiv-region-6-to-11-september"], "Events in the Kharkiv region, 6 to 11 September 2022").Select(r => r[0]).ToList();
        Assert.Contains("Russian withdrawal from Balakliya and Izyum", events);
        Assert.Contains("Liberation of Izyum", events);
        Assert.DoesNotContain("Russian seizure of Izyum", events);
    }

    [Fact]
    public void Which_sentence_supports_that_Russian_forces_withdrew_from_Izyum()
    {
        var quotes = Rows(_samples["which-sentence-says-russian-forces-withdrew"], "Sources of: Russian forces withdrew from Izyum").Select(r => r[0]).ToList();
        Assert.Contains(quotes, q => q.StartsWith("Russia announced on 10 September that it was withdrawing its troops", StringComparison.Ordinal));
    }

    [Fact]
    public void How_the_third_army_corps_is_connected_to_Izyum() =>
        Assert.Equal(new[] { "Third army corps | moved toward | Izyum" }, Rows(_samples["third-army-corps-to-izyum"], "From the third army corps to Izyum").Select(r => string.Join(" | ", r)));

    [Fact]
    public void The_overview_counts_the_graph()
    {
        var graph = Rows(_samples["izyum-overview"], "The graph").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("37", graph["EntitiesAndEvents"]);
    }

    [Fact]
    public void The_graph_covers_every_sentence_of_the_article_and_tells_what_a_passage_supports()
    {
        var output = _samples["what-does-the-graph-not-cover"];
        Assert.Empty(Rows(output, "Not covered yet"));
        var sentences = Rows(output, "The article, sentence by sentence");
        Assert.Equal(22, sentences.Count);
        Assert.Equal(Enumerable.Range(1, 22).Select(n => n.ToString()), sentences.Select(r => r[0]));
        Assert.Equal(new[] { "6", "22" }, sentences.Where(r => r[1] == "Excluded").Select(r => r[0]));
        Assert.Contains("Civilians welcome the Ukrainian forces (Welcome)", sentences[3][3]);
        var totals = Rows(output, "Coverage of the article").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(("22", "20", "2", "0"), (totals["Sentences"], totals["SupportedCount"], totals["ExcludedCount"], totals["MissingCount"]));
        Assert.Contains("Russian forces withdrew from Izyum", Rows(output, "What \"pulled its forces out of Izium\" supports").Select(r => r[0]));
    }

    [Fact]
    public void Who_controlled_Izyum_in_August_and_in_late_September_2022()
    {
        var output = _samples["who-controlled-izyum"];
        Assert.Equal(new[] { "Russian forces | 2022-03 | Russian seizure of Izyum" }, Rows(output, "Who controlled Izyum on 1 August 2022?").Select(r => string.Join(" | ", r)));
        Assert.Equal(new[] { "Ukrainian forces | 2022-09-11 | Liberation of Izyum" }, Rows(output, "Who controlled Izyum on 20 September 2022?").Select(r => string.Join(" | ", r)));
        Assert.Equal(
            new[] { "Russian forces | 2022-03 – 2022-09-11 | Russian seizure of Izyum | Liberation of Izyum", "Ukrainian forces | 2022-09-11 – … | Liberation of Izyum |" },
            Rows(output, "Control of Izyum over time").Select(r => string.Join(" | ", r).TrimEnd()));
    }

    [Fact]
    public void Data_loaded_at_run_time_joins_the_graph_and_a_broken_file_adds_nothing()
    {
        var output = _samples["load-more-data"];
        Assert.Equal(new[] { "KG0005 | 3 | 22", "KG0004 | 4 | 44", "KG0007 | 4 | 58" }, Rows(output, "broken.kg.yaml: nothing loaded").Select(r => string.Join(" | ", r.Take(3))));
        Assert.Equal("True", Rows(output, "kupiansk.kg.yaml").ToDictionary(r => r[0], r => r[1])["Succeeded"]);
        Assert.Contains("Liberation of Kupiansk", Rows(output, "Events in the Kharkiv region on 10 September, with the loaded data").Select(r => r[0]));
    }

    [Fact]
    public void The_drawing_sample_writes_the_ontology_and_the_graph_as_pictures()
    {
        var output = _samples["draw-izyum"].Split('\n').Select(l => l.Trim()).ToList();
        var lines = output.Where(l => l.Contains(".{", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "ontology", "izyum-graph", "around-izyum" }, lines.Select(l => l[..l.IndexOf(':')]));
        foreach (var line in lines)
        {
            var stem = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..line.LastIndexOf(".{", StringComparison.Ordinal)];
            var dot = File.ReadAllText(stem + ".dot");
            Assert.StartsWith("digraph ", dot, StringComparison.Ordinal);
            Assert.Matches("^(classDiagram|flowchart LR)", File.ReadAllText(stem + ".mmd"));
            if (line.EndsWith(",svg}", StringComparison.Ordinal))
            {
                Assert.Contains("</svg>", File.ReadAllText(stem + ".svg"), StringComparison.Ordinal);
            }
        }

        var explorer = output.Single(l => l.StartsWith("explorer: ", StringComparison.Ordinal))["explorer: ".Length..];
        Assert.Contains("<title>The Izyum offensive, September 2022</title>", File.ReadAllText(explorer), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_export_sample_writes_turtle_that_its_printed_SPARQL_query_answers()
    {
        var roqet = KnowledgeGraph.Tests.Shared.ExternalTool.Require("roqet", "Debian package rasqal-utils");
        var output = _samples["export-rdf"];
        var files = System.Text.RegularExpressions.Regex.Match(output, @"Wrote (\S+) \([\d,]+ bytes\) and (\S+) \(");
        Assert.True(files.Success, output);
        Assert.StartsWith("@prefix", File.ReadAllText(files.Groups[2].Value), StringComparison.Ordinal);
        var query = output[(output.IndexOf("-e '", StringComparison.Ordinal) + 4)..output.LastIndexOf('\'')];
        var start = new ProcessStartInfo(roqet, ["-q", "-D", files.Groups[1].Value, "-e", query]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var rows = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal("row: [who=string(\"Russian forces\"), when=string(\"2022-09-10\"^^<http://www.w3.org/2001/XMLSchema#date>)]", rows.Trim());
    }

    /// <summary>The cells of the rows of the table with this title (a table's rows end at its closing border).</summary>
    private static List<string[]> Rows(string output, string title)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == title);
        Assert.True(start >= 0, $"No table titled '{title}' in:\n{output}");
        var rows = new List<string[]>();
        var table = lines.Skip(start + 1).TakeWhile(l => !l.TrimStart().StartsWith('╰')).ToList();
        var body = table.SkipWhile(l => !l.TrimStart().StartsWith('├')).Skip(1); // an empty table has no body
        foreach (var line in body)
        {
            var cells = line.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray();
            if (rows.Count > 0 && cells[0].Length == 0)
            {
                rows[^1] = rows[^1].Zip(cells, (a, b) => b.Length == 0 ? a : a + " " + b).ToArray(); // a wrapped cell
            }
            else
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    /// <summary>Runs every sample once for the whole class; each sample's output is the part after its "=== name.cs" line.</summary>
    public sealed class AllSamples
    {
        public AllSamples()
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "KnowledgeGraph.sln")))
            {
                root = root.Parent!;
            }

            var start = new ProcessStartInfo("dotnet", ["run", "samples/run-all.cs"])
            {
                WorkingDirectory = root.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            Output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
            }

            ExitCode = process.ExitCode;
            Output += error.Result;
        }

        public string Output { get; }

        public int ExitCode { get; }

        public string this[string sample]
        {
            get
            {
                var marker = $"=== {sample}.cs";
                var start = Output.IndexOf(marker, StringComparison.Ordinal);
                Assert.True(start >= 0, $"Sample {sample} did not run:\n{Output}");
                var end = Output.IndexOf("=== ", start + marker.Length, StringComparison.Ordinal);
                return end < 0 ? Output[start..] : Output[start..end];
            }
        }
    }
}
