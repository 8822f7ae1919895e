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

/// <summary>The incremental pipeline re-runs only what an edit touches.</summary>
public sealed class CachingTests
{
    private static readonly string[] YamlSteps = { TrackingNames.Parse, TrackingNames.Bind, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.CompiledSources };

    [Fact]
    public void Running_twice_on_the_same_input_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun();

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in YamlSteps.Append(TrackingNames.Documents).Append(TrackingNames.OntologyTexts).Append(TrackingNames.CompiledSources))
        {
            Assert.All(Reasons(second, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_csharp_edit_reruns_nothing_of_the_yaml_pipeline()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edited { }", GeneratorHarness.ParseOptions()));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in YamlSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    [Fact]
    public void An_edit_to_one_yaml_file_reparses_only_that_file()
    {
        var (driver, compilation, texts) = FirstRun();
        var izyum = texts.Single(t => t.Path.EndsWith("izyum.kg.yaml"));
        var changed = new InMemoryAdditionalText(izyum.Path, izyum.GetText()!.ToString().Replace("population: 40000", "population: 40001"));

        var second = driver.ReplaceAdditionalText(izyum, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = second.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(parses.Count - 1, parses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Model));
    }

    [Fact]
    public void An_edit_that_only_moves_text_rebinds_but_does_not_regenerate_code()
    {
        var (driver, compilation, texts) = FirstRun();
        var izyum = texts.Single(t => t.Path.EndsWith("izyum.kg.yaml"));
        var moved = new InMemoryAdditionalText(izyum.Path, "# a comment that moves every line down\n" + izyum.GetText()!.ToString());

        var second = driver.ReplaceAdditionalText(izyum, moved).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Parse));
        Assert.All(Reasons(second, TrackingNames.Bind), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(Reasons(second, TrackingNames.Model), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void An_edit_to_the_schema_file_reparses_it_alone_and_regenerates()
    {
        var (driver, compilation, texts) = FirstRun();
        var schema = texts.Single(t => t.Path.EndsWith("conflict.kg.yaml"));
        var changed = new InMemoryAdditionalText(schema.Path, schema.GetText()!.ToString().Replace("label: regrouped to", "label: regrouped in"));

        var second = driver.ReplaceAdditionalText(schema, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = second.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Model));
        Assert.Contains("\"regrouped in\"", second.GeneratedSources.Single(s => s.HintName == "Conflict.RegroupedTo.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Adding_and_removing_a_file_reparses_nothing_else()
    {
        var (driver, compilation, _) = FirstRun();
        var extra = new InMemoryAdditionalText(GeneratorHarness.Root + "extra.kg.yaml", "namespace: Extra\nentities:\n  kupiansk: { type: Settlement }\n");

        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation);
        var added = driver.GetRunResult().Results.Single();
        var removed = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation).GetRunResult().Results.Single();

        var parsesAfterAdd = added.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsesAfterAdd.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(parsesAfterAdd.Count - 1, parsesAfterAdd.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(added.GeneratedSources, s => s.HintName == "Extra.Entities.g.cs");
        Assert.DoesNotContain(removed.GeneratedSources, s => s.HintName == "Extra.Entities.g.cs");
        var parsesAfterRemove = removed.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsesAfterRemove.Count(r => r == IncrementalStepRunReason.Removed));
        Assert.Equal(parsesAfterRemove.Count - 1, parsesAfterRemove.Count(r => r == IncrementalStepRunReason.Cached));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts) FirstRun()
    {
        var texts = GeneratorHarness.Texts(GeneratorHarness.SeedFiles()).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
