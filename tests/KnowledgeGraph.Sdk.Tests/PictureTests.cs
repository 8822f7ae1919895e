using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Conflict;
using Izyum;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>The ontology and graphs as pictures: their text kept as snapshots, and every DOT file drawn by Graphviz.</summary>
public sealed class PictureTests
{
    private static readonly Graph Seed = IzyumGraph.Create();

    /// <summary>Names that break DOT or Mermaid when written as they are: quotes, backslashes, markup, keywords, line breaks, Cyrillic.</summary>
    private static readonly string[] HostileNames =
    {
        "say \"hello\"", "back\\slash \\N", "<b>bold</b> & co", "#35; hash", "end", "subgraph", "graph", "Ізюм", "two\nlines", "-- \"x\" -->",
        "`tick` & style:\"a\";", "feed\fform", "x\" onmouseover=\"alert(1)", "lone \uD800 surrogate",
    };

    [Fact]
    public void The_seed_ontology_as_DOT() => Snapshot.Match("seed-ontology", IzyumGraph.Schema.ToDot(), "dot");

    [Fact]
    public void The_seed_ontology_as_Mermaid() => Snapshot.Match("seed-ontology", IzyumGraph.Schema.ToMermaid(), "mmd");

    [Fact]
    public void The_seed_graph_as_DOT() => Snapshot.Match("seed-graph", Seed.Picture().ToDot(), "dot");

    [Fact]
    public void The_seed_graph_as_Mermaid() => Snapshot.Match("seed-graph", Seed.Picture().ToMermaid(), "mmd");

    [Fact]
    public void The_same_graph_always_gives_the_same_text()
    {
        var again = IzyumGraph.Create();
        Assert.Equal(Seed.Picture().ToDot(), again.Picture().ToDot());
        Assert.Equal(Seed.NeighbourhoodPicture(Entities.Izyum, 2).ToMermaid(), again.NeighbourhoodPicture(Entities.Izyum, 2).ToMermaid());
    }

    [Fact]
    public void A_part_of_the_graph_holds_its_entities_and_only_the_facts_among_them()
    {
        var around = Seed.NeighbourhoodPicture(Entities.Izyum);
        Assert.Equal(Entities.Izyum, around.Entities.Intersect(new Entity[] { Entities.Izyum }).Single());
        Assert.Contains(Entities.RussianForces, around.Entities);
        Assert.DoesNotContain(Entities.Kyiv, around.Entities);
        Assert.All(around.Facts, f => Assert.True(around.Entities.Contains(f.SubjectEntity) && around.Entities.Contains(f.ObjectEntity)));

        var places = Seed.Picture(new IEntity[] { Entities.Izyum, Entities.KharkivRegion, Entities.Ukraine });
        Assert.Equal(new[] { "partOf", "partOf" }, places.Facts.Select(f => f.Relation.Name));

        var other = new GraphBuilder().Add(new PartOf(new Settlement { Id = "x", Name = "x" }, new Settlement { Id = "y", Name = "y" })).Build();
        Assert.Throws<ArgumentException>(() => Seed.Picture(other.AllFacts));

        var path = Seed.ShortestPath(Entities.Izyum, Entities.Kyiv)!;
        var drawn = Seed.Picture(path);
        Assert.Equal(path, drawn.Facts);
        Assert.Equal(path.Count + 1, drawn.Entities.Count);
    }

    [Fact]
    public void Names_are_escaped_so_that_no_name_can_break_the_picture()
    {
        var picture = Hostile();
        var mermaid = picture.ToMermaid();

        // Ids are generated; every name is a quoted label in which a quote, '#', '<' and '>' are entity codes.
        Assert.All(mermaid.Split('\n').Where(l => l.TrimStart().StartsWith("n", StringComparison.Ordinal) && l.Contains("[\"", StringComparison.Ordinal)), line =>
        {
            var label = line[(line.IndexOf("[\"", StringComparison.Ordinal) + 2)..line.LastIndexOf("\"]", StringComparison.Ordinal)];
            Assert.DoesNotContain('"', label);
            Assert.DoesNotContain("<b>", label, StringComparison.Ordinal);
        });
        Assert.Contains("say #quot;hello#quot;", mermaid, StringComparison.Ordinal);
        Assert.Contains("#35;35#59; hash", mermaid, StringComparison.Ordinal);
        Assert.Contains("#96;tick#96; #amp; style#58;#quot;a#quot;#59;", mermaid, StringComparison.Ordinal);
        Assert.Contains("#lt;b#gt;bold#lt;/b#gt; #amp; co", mermaid, StringComparison.Ordinal);
        Assert.Contains("Ізюм", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("two\nlines", mermaid, StringComparison.Ordinal);

        var dot = picture.ToDot();
        Assert.Contains("say &quot;hello&quot;", dot, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; co", dot, StringComparison.Ordinal);
        Assert.Contains("two<BR/>lines", dot, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Graphviz_draws_every_picture_and_shows_the_names()
    {
        var dot = ExternalTool.Require("dot", "apt-get install graphviz");
        var folder = Directory.CreateTempSubdirectory("kg-pictures-").FullName;
        try
        {
            var pictures = new (string Name, string Text)[]
            {
                ("ontology", IzyumGraph.Schema.ToDot()),
                ("graph", Seed.Picture().ToDot()),
                ("around-izyum", Seed.NeighbourhoodPicture(Entities.Izyum, 2).ToDot()),
                ("hostile", Hostile().ToDot()),
            };
            foreach (var (name, text) in pictures)
            {
                var svg = Draw(dot, folder, name, text);
                Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
                Assert.Contains("</svg>", svg, StringComparison.Ordinal);
            }

            var hostile = File.ReadAllText(Path.Combine(folder, "hostile.svg"));
            Assert.Contains("say &quot;hello&quot;", hostile, StringComparison.Ordinal);
            Assert.Contains("back\\slash \\N", hostile, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; co", hostile, StringComparison.Ordinal);
            Assert.Contains("Ізюм", hostile, StringComparison.Ordinal);
            Assert.Contains(">subgraph<", hostile, StringComparison.Ordinal);
            Assert.Contains("Izyum", File.ReadAllText(Path.Combine(folder, "graph.svg")), StringComparison.Ordinal);
            Assert.Contains("withdrewFrom / abandonedBy", File.ReadAllText(Path.Combine(folder, "ontology.svg")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void Mermaid_parses_every_picture_and_refuses_a_broken_one()
    {
        var mermaid = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "mermaid", "dist", "mermaid.min.js");
        if (!File.Exists(mermaid))
        {
            ExternalTool.Require("mermaid.min.js", "run: npm ci --prefix tests/tools");
        }

        var diagrams = new System.Collections.Generic.Dictionary<string, string>
        {
            ["ontology"] = IzyumGraph.Schema.ToMermaid(),
            ["graph"] = Seed.Picture().ToMermaid(),
            ["around-izyum"] = Seed.NeighbourhoodPicture(Entities.Izyum, 2).ToMermaid(),
            ["hostile"] = Hostile().ToMermaid(),
            ["broken"] = "flowchart LR\n  a -- \"x --> b\n",
        };
        var folder = Directory.CreateTempSubdirectory("kg-mermaid-").FullName;
        try
        {
            File.Copy(mermaid, Path.Combine(folder, "mermaid.min.js"));
            var page = Path.Combine(folder, "parse.html");
            File.WriteAllText(page, $$"""
                <!doctype html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script></head>
                <body><pre id="result">not run</pre><script>
                const diagrams = {{System.Text.Json.JsonSerializer.Serialize(diagrams)}};
                (async () => {
                  mermaid.initialize({ startOnLoad: false });
                  const lines = [];
                  for (const [name, text] of Object.entries(diagrams)) {
                    try { await mermaid.parse(text); lines.push(name + ": ok"); }
                    catch (e) { lines.push(name + ": " + String((e && e.message) || e).split("\n")[0]); }
                  }
                  document.getElementById("result").textContent = lines.join("\n");
                })();
                </script></body></html>
                """);
            var (dom, errors) = HeadlessChromium.DumpDom(page);
            var result = System.Net.WebUtility.HtmlDecode(dom[(dom.IndexOf("<pre id=\"result\">", StringComparison.Ordinal) + 17)..dom.IndexOf("</pre>", StringComparison.Ordinal)]);
            Assert.True(result.Contains(": ", StringComparison.Ordinal), $"Mermaid did not run in the page:\n{result}\n{errors}");
            var answers = result.Split('\n').Where(l => l.Contains(": ", StringComparison.Ordinal)).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 2)..]);
            Assert.True(answers.Count == diagrams.Count, $"Mermaid did not parse every diagram:\n{result}\n{errors}");
            Assert.All(diagrams.Keys.Where(k => k != "broken"), name => Assert.True(answers[name] == "ok", $"{name}: {answers[name]}"));
            Assert.StartsWith("Parse error", answers["broken"], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_explorer_is_one_page_that_needs_no_network()
    {
        var html = Seed.Picture().ToHtml("Izyum <offensive> & \"co\"");
        Assert.DoesNotMatch("(src|href)\\s*=\\s*[\"']?(https?:)?//", html);
        Assert.Contains("<title>Izyum &lt;offensive&gt; &amp; &quot;co&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains("cytoscape", html, StringComparison.Ordinal);

        // Names can hold anything; in the page's data they are JSON in which nothing can close the script tag.
        var hostile = Hostile().ToHtml();
        var data = hostile[hostile.IndexOf("<script id=\"kg-data\"", StringComparison.Ordinal)..];
        data = data[..data.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<b>", data, StringComparison.Ordinal);
        Assert.Contains("\\u003Cb\\u003Ebold", data, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_explorer_draws_the_seed_graph_in_Chromium_and_shows_an_entity_with_its_quotes()
    {
        var folder = Directory.CreateTempSubdirectory("kg-explorer-").FullName;
        try
        {
            var page = Path.Combine(folder, "izyum.html");
            File.WriteAllText(page, Seed.Picture().ToHtml("The Izyum offensive"));
            var (dom, errors) = HeadlessChromium.DumpDom(page + "#izyum");
            Assert.True(dom.Contains($"data-drawn-nodes=\"{Seed.Entities.Count}\"", StringComparison.Ordinal), $"The page did not draw the seed's {Seed.Entities.Count} entities and events:\n{errors}");
            Assert.True(PageErrors(dom) is null, $"The page reported: {PageErrors(dom)}");
            var details = dom[dom.IndexOf("id=\"details\"", StringComparison.Ordinal)..dom.IndexOf("<h2>Types</h2>", StringComparison.Ordinal)];
            Assert.Contains("<b>Izyum</b>", details, StringComparison.Ordinal);
            Assert.Contains("a prewar population of 40,000", details, StringComparison.Ordinal);
            Assert.Contains("took control of", details, StringComparison.Ordinal);
            Assert.Contains($"Events in time ({Seed.Entities.OfType<Event>().Count(e => e.Time is not null)})", dom, StringComparison.Ordinal);

            var hostile = Path.Combine(folder, "hostile.html");
            File.WriteAllText(hostile, Hostile().ToHtml());
            var (hostileDom, hostileErrors) = HeadlessChromium.DumpDom(hostile + "#p2");
            Assert.True(hostileDom.Contains($"data-drawn-nodes=\"{HostileNames.Length + 2}\"", StringComparison.Ordinal), PageErrors(hostileDom) ?? hostileErrors);
            Assert.True(PageErrors(hostileDom) is null, $"The page reported: {PageErrors(hostileDom)}");
            Assert.Contains("<b>&lt;b&gt;bold&lt;/b&gt; &amp; co</b>", hostileDom, StringComparison.Ordinal);
            var (eventDom, eventErrors) = HeadlessChromium.DumpDom(hostile + "#ev");
            Assert.True(PageErrors(eventDom) is null, $"The page reported: {PageErrors(eventDom)}");
            var body = eventDom[eventDom.IndexOf("<body", StringComparison.Ordinal)..eventDom.IndexOf("<script", StringComparison.Ordinal)];
            Assert.DoesNotContain("onmouseover=", body.Replace("onmouseover=&quot;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("<i>co</i>", body, StringComparison.Ordinal);
            Assert.Contains("a quote with &lt;/script&gt;", body, StringComparison.Ordinal);
            Assert.Contains("Events in time (1)", body, StringComparison.Ordinal);

            // The check for errors can fail: a page whose script breaks reports it.
            var broken = Path.Combine(folder, "broken.html");
            File.WriteAllText(broken, File.ReadAllText(page).Replace("JSON.parse(", "JSON.parsed(", StringComparison.Ordinal));
            Assert.Contains("data-errors=\"", HeadlessChromium.DumpDom(broken).Dom, StringComparison.Ordinal);

            var screenshot = HeadlessChromium.Screenshot(page + "#izyum", Path.Combine(folder, "izyum.png"));
            Assert.True(new FileInfo(screenshot).Length > 20_000, "The screenshot of the explorer is (nearly) empty.");

            // A large graph fills in slices, one task each, and ends drawn whole with the linked entity selected.
            var towns = Enumerable.Range(0, 2_000).Select(i => new Settlement { Id = "t" + i, Name = "Town " + i }).ToArray();
            var builder = new GraphBuilder();
            for (var i = 1; i < towns.Length; i++)
            {
                builder.Add(new PartOf(towns[i], towns[i - 1]));
            }

            var large = Path.Combine(folder, "large.html");
            File.WriteAllText(large, builder.Build().Picture().ToHtml("Two thousand towns"));
            var (largeDom, largeErrors) = HeadlessChromium.DumpDom(large + "#t1999", budgetMilliseconds: 120_000);
            Assert.True(largeDom.Contains("data-drawn-nodes=\"2000\"", StringComparison.Ordinal), $"The large page was not drawn whole:\n{largeErrors}");
            Assert.Contains("data-longest-task-ms=", largeDom, StringComparison.Ordinal);
            Assert.True(PageErrors(largeDom) is null, $"The page reported: {PageErrors(largeDom)}");
            Assert.Contains("<b>Town 1999</b>", largeDom, StringComparison.Ordinal);
            Assert.True(new FileInfo(HeadlessChromium.Screenshot(large + "#t1999", Path.Combine(folder, "large.png"), budgetMilliseconds: 120_000)).Length > 20_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_pictures_in_the_docs_and_the_README_are_what_the_code_draws_today()
    {
        var root = RepositoryRoot.Path;
        var pictures = Path.Combine(root, "docs", "pictures");
        const string Regenerate = "; regenerate them: dotnet run samples/draw-izyum.cs -- docs/pictures (then update the README's Mermaid block)";
        static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(Read(Path.Combine(pictures, "izyum-graph.dot")) == Seed.Picture().ToDot(), "docs/pictures/izyum-graph.dot is out of date" + Regenerate);
        Assert.True(Read(Path.Combine(pictures, "ontology.dot")) == IzyumGraph.Schema.ToDot(), "docs/pictures/ontology.dot is out of date" + Regenerate);
        Assert.True(Read(Path.Combine(pictures, "ontology.mmd")) == IzyumGraph.Schema.ToMermaid(), "docs/pictures/ontology.mmd is out of date" + Regenerate);
        Assert.True(File.Exists(Path.Combine(pictures, "izyum-graph.svg")), "docs/pictures/izyum-graph.svg is missing" + Regenerate);

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(readme.Contains("```mermaid\n" + IzyumGraph.Schema.ToMermaid() + "```", StringComparison.Ordinal), "The README's Mermaid block is not the seed ontology as drawn today" + Regenerate);
    }

    /// <summary>What the explorer page wrote into its <c>data-errors</c> attribute, or null when it reported nothing.</summary>
    private static string? PageErrors(string dom)
    {
        var match = System.Text.RegularExpressions.Regex.Match(dom, "data-errors=\"([^\"]*)\"");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>
    /// A chain of places with hostile names, each part of the next, and an open-ended event at the first by an actor with a
    /// hostile name, quoted from a document with a hostile title.
    /// </summary>
    private static GraphPicture Hostile()
    {
        var places = HostileNames.Select((name, i) => new Settlement { Id = "p" + i, Name = name }).ToArray();
        var builder = new GraphBuilder();
        for (var i = 1; i < places.Length; i++)
        {
            builder.Add(new PartOf(places[i - 1], places[i]));
        }

        var document = new DocumentInfo("doc", "doc.txt", "Title\" onmouseover=\"alert(2)", null);
        builder.Add(new Liberation
        {
            Id = "ev",
            Name = "</script><script>alert(3)</script>",
            By = new Country { Id = "actor", Name = "O'Brien \"&\" <i>co</i>" },
            Of = places[0],
            Time = new TimeExtent(PartialDate.Parse("2022-09-10"), null),
            Sources = new[] { new SourceRef(document, "a quote with </script>, `ticks` and \"quotes\"", 0, 10, 1, 1) },
        });
        return builder.Build().Picture();
    }

    private static string Draw(string dot, string folder, string name, string text)
    {
        var source = Path.Combine(folder, name + ".dot");
        var svg = Path.Combine(folder, name + ".svg");
        File.WriteAllText(source, text);
        using var process = Process.Start(new ProcessStartInfo(dot, new[] { "-Tsvg", source, "-o", svg }) { RedirectStandardError = true, UseShellExecute = false })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"dot could not draw {name}: {errors}");
        return File.ReadAllText(svg);
    }
}
