using System.Linq;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>The seed ontology, compiled by the generator into this assembly, answers the article's questions.</summary>
public sealed class SeedGraphTests
{
    private static readonly Graph Seed = IzyumGraph.Create();

    [Fact]
    public void Every_sentence_of_the_article_is_supported_or_left_out_with_a_reason()
    {
        var coverage = Seed.Coverage(Documents.Article);

        Assert.True(coverage.IsComplete, "Sentences the seed does not cover:\n" + string.Join("\n", coverage.Missing));
        Assert.Equal(22, coverage.Sentences.Count); // the headline, the title lines and every sentence of the two reports
        Assert.StartsWith("#russiaukrainewar", coverage.Sentences[0].Sentence.Text, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "Reshaping the War: The Ukrainian Offensive", "Leave a Reply" }, coverage.Sentences.Where(s => s.Status == CoverageStatus.Excluded).Select(s => s.Sentence.Text));
        // What the article states is modelled, never left out: only these kinds of passage are omitted.
        Assert.All(Seed.Omissions, o => Assert.Contains(o.Reason, new[] { OmissionReason.Boilerplate, OmissionReason.Heading, OmissionReason.Speculation, OmissionReason.Opinion }));
        Assert.All(coverage.Sentences.Where(s => s.Status == CoverageStatus.Supported), s => Assert.All(s.Supports, x => Assert.Same(Documents.Article, x.Source.Document)));
    }

    [Fact]
    public void Dates_the_article_fixes_are_inferred_at_its_precision()
    {
        // "Russian forces fled ... Izyum ... just five days after a new Ukrainian offensive": they left on 10 September.
        Assert.Equal(new System.DateOnly(2022, 9, 5), Events.NortheastOffensive.Date);
        Assert.Null(Events.NortheastOffensive.Time!.End);
        // "over the summer": June to August, month precision.
        Assert.Equal(("2022-06", "2022-08"), (Events.RussianStall.Time!.Start!.ToString(), Events.RussianStall.Time.End!.ToString()));
    }

    [Fact]
    public void Russian_forces_withdrew_from_Izyum_and_Balakliya()
    {
        Assert.Equal(new[] { "Russian forces" }, Seed.AbandonedBy(Entities.Izyum).Select(a => a.Name));
        Assert.Equal(new[] { "Russian forces" }, Seed.AbandonedBy(Entities.Balakliya).Select(a => a.Name));
        Assert.Equal(new IPlace[] { Entities.Balakliya, Entities.Izyum }, Seed.WithdrewFrom(Entities.RussianForces).OrderBy(p => p.Name));
    }

    [Fact]
    public void Russian_forces_regrouped_to_Donbas()
    {
        Assert.Equal(new IPlace[] { Entities.Donbas }, Seed.RegroupedTo(Entities.RussianForces));
        Assert.Equal(new ArmedForces[] { Entities.RussianForces }, Seed.RegroupedToInverse(Entities.Donbas));
    }

    [Fact]
    public void The_withdrawal_implies_its_facts_with_its_time_and_sources()
    {
        var implied = Seed.Facts<RegroupedTo>().Single();
        Assert.Equal(FactOrigin.Implied, implied.Origin);
        Assert.Same(Events.Withdrawal, implied.Details.ImpliedBy);
        Assert.Equal(new System.DateOnly(2022, 9, 10), implied.Date);
        Assert.Contains(implied.Sources, s => s.Quote.Contains("withdrawing its troops from the Balakliya and Izyum regions"));
    }

    [Fact]
    public void Izyum_is_part_of_the_Kharkiv_region_and_of_Ukraine()
    {
        Assert.Equal(new Entity[] { Entities.KharkivRegion, Entities.EasternUkraine, Entities.Ukraine }, Seed.Closure<PartOf>(Entities.Izyum));
        Assert.Contains(Entities.Izyum, Seed.InverseClosure<PartOf>(Entities.Ukraine));
    }

    [Fact]
    public void Ukraine_took_control_of_Izyum_on_11_September_and_the_article_does_not_say_it_took_Balakliya()
    {
        var taken = Seed.Facts<TookControlOf>().Where(f => f.Subject == Entities.UkrainianForces).ToList();
        Assert.Equal(new[] { "Izyum" }, taken.Select(f => f.Object.Name));
        Assert.All(taken, f => Assert.Equal(new System.DateOnly(2022, 9, 11), f.Date));
    }

    [Fact]
    public void Sources_point_at_the_sentence_in_the_article()
    {
        var article = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "izyum-offensive.txt"));
        var source = Events.SeizureOfIzyum.Sources.Single();
        Assert.Equal("Russian forces seized Izium in the war’s early months", source.Quote);
        Assert.Equal(source.Quote, article.Substring(source.Offset, source.Length));
        Assert.Equal(article.Take(source.Offset).Count(c => c == '\n') + 1, source.Line);
        Assert.Same(Documents.Article, source.Document);
    }

    [Fact]
    public void Typed_lookups_are_indexed_by_type_with_subtypes_and_mixins()
    {
        Assert.Equal(3, Seed.All<Settlement>().Count());
        Assert.Contains(Entities.Ukraine, Seed.All<IState>());
        Assert.Contains(Entities.Ukraine, Seed.All<IActor>());
        Assert.Contains(Entities.Ukraine, Seed.All<IPlace>());
        Assert.Equal(2, Seed.Events<Capture>().Count());
        Assert.Same(Entities.Izyum, Seed.Get<Settlement>("izyum"));
        Assert.Null(Seed.Find("nowhere"));
    }

    [Fact]
    public void Entities_carry_their_typed_properties()
    {
        Assert.Equal(40000, Entities.Izyum.Population);
        Assert.True(Entities.Izyum.RailwayHub);
        Assert.False(Entities.Balakliya.RailwayHub);
        Assert.Equal(new[] { "Izium" }, Entities.Izyum.Aliases);
        Assert.Same(Entities.Russia, Entities.ThirdArmyCorps.State);
        Assert.Equal(Side.Russia, Entities.ThirdArmyCorps.Side);
    }

    [Fact]
    public void Events_link_to_their_participants_by_role()
    {
        var roles = Seed.OutFacts(Events.ThirdArmyCorpsDeployment).OfType<RoleFact>().Select(f => (f.Role, f.ObjectEntity.Id)).ToList();
        Assert.Contains(("unit", "thirdArmyCorps"), roles);
        Assert.Contains(("toward", "izyum"), roles);
    }

    [Fact]
    public void Every_compiled_fact_is_in_the_graph_once()
    {
        Assert.Equal(37, Seed.Entities.Count);
        Assert.Equal(Seed.AllFacts.Count, Seed.Structure.EdgeCount);
        // Implied by the withdrawal from Balakliya and from Izyum; the one stated from Izyum the same day is merged into its implied twin.
        Assert.Equal(2, Seed.Facts<WithdrewFrom>().Count());
        Assert.Contains(Seed.Out<WithdrewFrom>(Entities.RussianForces).Single(f => f.Object == Entities.Izyum).Sources, s => s.Quote.StartsWith("Russian forces fled", System.StringComparison.Ordinal));
    }
}
