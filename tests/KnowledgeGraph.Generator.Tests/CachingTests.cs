extern alias generator;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using TrackingNames = generator::KnowledgeGraph.Generator.Pipeline.TrackingNames;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>
/// The incremental pipeline re-runs only what an edit touches. The ontology is the seed (a schema file and a data
/// file) plus a second data file that refers to the seed, so that each test can see which file's steps ran.
/// </summary>
public sealed class CachingTests
{
    private const string ExtraFile = "extra.kg.yaml";
    private const string Extra = "namespace: Extra\nentities:\n  kupiansk: { type: Settlement, name: Kupiansk, population: 27000, partOf: kharkivRegion }\nfacts:\n  - ukrainianForces tookControlOf kupiansk\n";
    private const string IzyumTable = "KnowledgeGraph.Generated.IzyumData.g.cs";

    private static readonly string[] YamlSteps =
    {
        TrackingNames.Parse, TrackingNames.SchemaDeclarations, TrackingNames.DeclareSchema, TrackingNames.SchemaTable, TrackingNames.Declarations,
        TrackingNames.DeclarationNames, TrackingNames.Declare, TrackingNames.LocateDeclarations, TrackingNames.SymbolTable, TrackingNames.DataFiles, TrackingNames.Schema, TrackingNames.BindFile,
        TrackingNames.DataFile, TrackingNames.ReferenceCycles, TrackingNames.UnusedDocuments,
    };

    [Fact]
    public void Running_twice_on_the_same_input_leaves_every_step_cached()
    {
        var first = FirstRun();

        var second = first.Driver.RunGenerators(first.Compilation).GetRunResult().Results.Single();

        foreach (var step in YamlSteps.Append(TrackingNames.Documents).Append(TrackingNames.OntologyTexts))
        {
            Assert.All(Reasons(second, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_csharp_edit_reruns_nothing_of_the_yaml_pipeline()
    {
        var first = FirstRun();
        var edited = first.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions()));

        var second = first.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in YamlSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void A_value_edit_in_one_data_file_rebinds_and_regenerates_that_file_alone()
    {
        var (first, second) = Edit("izyum.kg.yaml", text => text.Replace("population: 40000", "population: 40001"));

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Modified));
        Assert.All(Reasons(second, TrackingNames.Declarations), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        Assert.All(Reasons(second, TrackingNames.Declare), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, Count(second, TrackingNames.BindFile, IncrementalStepRunReason.Modified));
        Assert.Equal(2, Count(second, TrackingNames.BindFile, IncrementalStepRunReason.Cached));
        Assert.Equal(new[] { IzyumTable }, ChangedSources(first, second));
        Assert.Contains("40001", Source(second, IzyumTable));
        Assert.All(Reasons(second, TrackingNames.UnusedDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // no document is named anew
    }

    [Fact]
    public void A_value_edit_that_moves_later_declarations_leaves_the_table_undeclared_and_regenerates_one_file()
    {
        var (first, second) = Edit("izyum.kg.yaml", text => text.Replace("population: 40000", "population: 4000000"));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Declarations)); // later names moved
        Assert.Equal(1, Count(second, TrackingNames.DeclarationNames, IncrementalStepRunReason.Unchanged)); // but are the same names
        Assert.All(Reasons(second, TrackingNames.DeclareSchema), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // the schema is not bound again
        Assert.All(Reasons(second, TrackingNames.Declare), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // nor the data's names
        Assert.All(Reasons(second, TrackingNames.LocateDeclarations), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r)); // nothing to report: not declared
        Assert.All(Reasons(second, TrackingNames.SymbolTable), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, Count(second, TrackingNames.BindFile, IncrementalStepRunReason.Modified));
        Assert.Equal(new[] { IzyumTable }, ChangedSources(first, second));
    }

    [Fact]
    public void An_edit_that_only_moves_text_rebinds_one_file_but_regenerates_nothing()
    {
        var (first, second) = Edit("izyum.kg.yaml", text => "# a comment that moves every line down\n" + text);

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Modified));
        Assert.All(Reasons(second, TrackingNames.Declare), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.SymbolTable), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, Count(second, TrackingNames.BindFile, IncrementalStepRunReason.Modified));
        Assert.All(Reasons(second, TrackingNames.DataFile), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        Assert.Empty(ChangedSources(first, second));
    }

    [Fact]
    public void A_declaration_reported_across_files_is_reported_where_it_stands_after_an_edit_moves_it_and_not_after_a_fix()
    {
        // The table is declared from names alone; the diagnostics of a declaration come from the located declarations.
        var twice = Extra + "  izyum: { type: Settlement, name: Izium again }\n";
        var texts = GeneratorHarness.Texts(GeneratorHarness.SeedFiles().Append((ExtraFile, twice.Replace("facts:\n  - ukrainianForces tookControlOf kupiansk\n", "") + "facts:\n  - ukrainianForces tookControlOf kupiansk\n"))).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        var extra = texts.Single(t => t.Path.EndsWith("/" + ExtraFile, System.StringComparison.Ordinal));

        (GeneratorDriver Driver, GeneratorRunResult Result) Rerun(GeneratorDriver from, AdditionalText old, string text, out AdditionalText now)
        {
            now = new InMemoryAdditionalText(old.Path, text);
            var next = from.ReplaceAdditionalText(old, now).RunGenerators(compilation);
            return (next, next.GetRunResult().Results.Single());
        }

        static string Where(GeneratorRunResult result) => string.Join(";", result.Diagnostics.Where(d => d.Id == "KG0015").Select(d =>
            $"{System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})"));

        var before = Where(driver.GetRunResult().Results.Single());
        var (movedDriver, moved) = Rerun(driver, extra, "# a line that moves the rest down\n" + extra.GetText()!.ToString(), out var movedText);
        var (_, fixedRun) = Rerun(movedDriver, movedText, movedText.GetText()!.ToString().Replace("  izyum: { type: Settlement, name: Izium again }\n", ""), out _);

        Assert.Equal("extra.kg.yaml(4,3);izyum.kg.yaml(87,3)", before); // each declaration names the other
        Assert.Equal("extra.kg.yaml(5,3);izyum.kg.yaml(87,3)", Where(moved));
        Assert.All(Reasons(moved, TrackingNames.Declare), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // the same names
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(moved, TrackingNames.LocateDeclarations)); // reported anew, one line down
        var atIzyum = moved.Diagnostics.Single(d => d.Id == "KG0015" && d.Location.GetLineSpan().Path.EndsWith("izyum.kg.yaml", System.StringComparison.Ordinal));
        Assert.Contains("extra.kg.yaml(5,3)", atIzyum.GetMessage(System.Globalization.CultureInfo.InvariantCulture)); // and names where the other now stands
        Assert.Empty(Where(fixedRun));
        Assert.Empty(fixedRun.Diagnostics);
    }

    [Theory]
    [InlineData("Liberation of Izyum", "Freeing of Izyum")] // a document's title and date are bound with its file, not declared
    [InlineData("published: 2022-09-1", "published: 2022-09-0")]
    public void An_edit_to_a_documents_title_or_date_declares_nothing_again(string before, string after)
    {
        var (first, second) = Edit("izyum.kg.yaml", text =>
        {
            Assert.Contains(before, text);
            var at = text.IndexOf(before, System.StringComparison.Ordinal);
            return text.Substring(0, at) + after + text.Substring(at + before.Length);
        });

        Assert.All(Reasons(second, TrackingNames.Declare), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IzyumTable }, ChangedSources(first, second));
    }

    [Fact]
    public void A_comment_edit_regenerates_nothing()
    {
        var (first, second) = Edit("izyum.kg.yaml", text => text.Replace("# prewar", "# before the war"));

        Assert.All(Reasons(second, TrackingNames.Declare), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        Assert.True(Count(second, TrackingNames.BindFile, IncrementalStepRunReason.Modified) <= 1);
        Assert.All(Reasons(second, TrackingNames.DataFile), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        Assert.Empty(ChangedSources(first, second));
    }

    [Fact]
    public void A_schema_edit_regenerates_the_schema_files_it_changes_and_no_data_file()
    {
        var (first, second) = Edit("conflict.kg.yaml", text => text.Replace("label: regrouped to", "label: regrouped in"));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.DeclareSchema));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Schema));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.SymbolTable));
        Assert.All(Reasons(second, TrackingNames.DataFile), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        var changed = ChangedSources(first, second);
        Assert.Contains("Conflict.Relations.g.cs", changed);
        Assert.Contains("KnowledgeGraph.Generated.CompiledOntology.g.cs", changed); // the schema table the loader reads
        Assert.DoesNotContain(changed, hint => hint.EndsWith("Data.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("\"regrouped in\"", Source(second, "Conflict.Relations.g.cs"));
    }

    [Fact]
    public void Adding_and_removing_a_data_file_parses_and_binds_that_file_alone()
    {
        var first = FirstRun();
        var added = new InMemoryAdditionalText(GeneratorHarness.Root + "more.kg.yaml", "namespace: Extra\nentities:\n  balakliyaDistrict: { type: Region, name: Balakliya district }\n");

        var driver = first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).RunGenerators(first.Compilation);
        var afterAdd = driver.GetRunResult().Results.Single();
        var afterRemove = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).RunGenerators(first.Compilation).GetRunResult().Results.Single();

        Assert.Equal(1, Count(afterAdd, TrackingNames.Parse, IncrementalStepRunReason.New));
        Assert.Equal(3, Count(afterAdd, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        Assert.Contains(afterAdd.GeneratedSources, s => s.HintName == "KnowledgeGraph.Generated.MoreData.g.cs");
        // The new file's declarations may resolve names in the others, so they are bound again, but nothing they make
        // changes: the new file's code and the ontology's list of data tables are all that is generated anew.
        Assert.Equal(1, Count(afterAdd, TrackingNames.BindFile, IncrementalStepRunReason.New));
        Assert.All(Reasons(afterAdd, TrackingNames.BindFile).Where(r => r != IncrementalStepRunReason.New), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r}"));
        Assert.Equal(new[] { "KnowledgeGraph.Generated.CompiledOntology.g.cs", "KnowledgeGraph.Generated.MoreData.g.cs" }, ChangedSources(first.Result, afterAdd));
        Assert.Equal(1, Count(afterRemove, TrackingNames.Parse, IncrementalStepRunReason.Removed));
        Assert.DoesNotContain(afterRemove.GeneratedSources, s => s.HintName == "KnowledgeGraph.Generated.MoreData.g.cs");
        Assert.Equal(
            first.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            afterRemove.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    private static Run FirstRun()
    {
        var texts = GeneratorHarness.Texts(GeneratorHarness.SeedFiles().Append((ExtraFile, Extra))).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        return new Run(driver, compilation, texts, driver.GetRunResult().Results.Single());
    }

    private static (GeneratorRunResult First, GeneratorRunResult Second) Edit(string file, System.Func<string, string> edit)
    {
        var first = FirstRun();
        var original = first.Texts.Single(t => t.Path.EndsWith("/" + file, System.StringComparison.Ordinal));
        var changed = new InMemoryAdditionalText(original.Path, edit(original.GetText()!.ToString()));
        Assert.NotEqual(original.GetText()!.ToString(), changed.GetText().ToString());
        var second = first.Driver.ReplaceAdditionalText(original, changed).RunGenerators(first.Compilation).GetRunResult().Results.Single();
        Assert.Empty(second.Diagnostics);
        return (first.Result, second);
    }

    private static List<string> ChangedSources(GeneratorRunResult first, GeneratorRunResult second)
    {
        var before = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var after = second.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return before.Keys.Union(after.Keys)
            .Where(hint => !before.TryGetValue(hint, out var a) || !after.TryGetValue(hint, out var b) || a != b)
            .OrderBy(h => h, System.StringComparer.Ordinal)
            .ToList();
    }

    private static string Source(GeneratorRunResult result, string hint) => result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();

    private static int Count(GeneratorRunResult result, string step, IncrementalStepRunReason reason) => Reasons(result, step).Count(r => r == reason);

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason) : Enumerable.Empty<IncrementalStepRunReason>();

    private sealed record Run(GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts, GeneratorRunResult Result);
}
