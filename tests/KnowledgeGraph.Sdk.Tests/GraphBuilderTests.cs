using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Conflict;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>Graphs built in the test from the generated types, and the builder's rules.</summary>
public sealed class GraphBuilderTests
{
    private static Settlement Town(string id) => new() { Id = id, Name = id };

    [Fact]
    public void A_cycle_in_a_transitive_relation_ends_the_closure()
    {
        var (a, b, c) = (Town("a"), Town("b"), Town("c"));
        var graph = new GraphBuilder().Add(new PartOf(a, b)).Add(new PartOf(b, c)).Add(new PartOf(c, a)).Build();

        Assert.Equal(new Entity[] { b, c }, graph.Closure<PartOf>(a));
    }

    [Fact]
    public void Two_entities_with_the_same_id_are_refused()
    {
        var builder = new GraphBuilder().Add(Town("a"));
        Assert.Throws<ArgumentException>(() => builder.Add(Town("a")));
    }

    [Fact]
    public void An_object_with_the_id_of_an_entity_in_the_graph_is_not_that_entity()
    {
        var (a, b) = (Town("a"), Town("b"));
        var builder = new GraphBuilder().Add(new PartOf(a, b)).Add(a);
        var graph = builder.Build();
        var twin = Town("a");

        Assert.Same(a, graph.FindById("a"));
        Assert.Same(b, graph.Out<PartOf>(a).Single().ObjectEntity);
        Assert.Empty(graph.Out<PartOf>(twin));
        Assert.Empty(graph.OutFacts(twin));
        Assert.Empty(graph.Closure<PartOf>(twin));
        Assert.Throws<ArgumentException>(() => builder.Add(new PartOf(twin, b)));
        Assert.Single(builder.Build().AllFacts); // the refused fact left nothing behind
    }

    /// <summary>
    /// An entity remembers where the last builder put it, to spare a lookup for each fact that names it. Builders that
    /// add the same entities in other orders, one after another and from several threads, must never take that for
    /// their own.
    /// </summary>
    [Fact]
    public void Builders_that_add_the_same_entities_in_other_orders_each_keep_their_own()
    {
        var towns = Enumerable.Range(0, 50).Select(i => Town("t" + i)).ToArray();
        var forward = new GraphBuilder().AddRange(towns);
        var backward = new GraphBuilder().AddRange(towns.Reverse());
        for (var i = 1; i < towns.Length; i++)
        {
            forward.Add(new PartOf(towns[i], towns[i - 1]));
            backward.Add(new PartOf(towns[i - 1], towns[i]));
        }

        var (down, up) = (forward.Build(), backward.Build());
        for (var i = 1; i < towns.Length - 1; i++)
        {
            Assert.Same(towns[i - 1], down.Out<PartOf>(towns[i]).Single().ObjectEntity);
            Assert.Same(towns[i + 1], up.Out<PartOf>(towns[i]).Single().ObjectEntity);
            Assert.Same(towns[i + 1], down.In<PartOf>(towns[i]).Single().SubjectEntity);
        }

        var answers = Enumerable.Range(0, 8).AsParallel().Select(seed =>
        {
            var order = towns.OrderBy(_ => new Random(seed).Next()).ToArray();
            var order2 = towns.OrderBy(t => (t.Id.GetHashCode() ^ seed) & 0xffff).ToArray();
            var builder = new GraphBuilder().AddRange(seed % 2 == 0 ? order : order2);
            for (var i = 1; i < towns.Length; i++)
            {
                builder.Add(new PartOf(towns[i], towns[i - 1]));
            }

            var graph = builder.Build();
            return Enumerable.Range(1, towns.Length - 1).All(i => graph.Out<PartOf>(towns[i]).Single().ObjectEntity == towns[i - 1] && graph.In<PartOf>(towns[i - 1]).Single().SubjectEntity == towns[i]);
        }).ToArray();
        Assert.All(answers, Assert.True);
    }

    /// <summary>An event of the test's own, whose roles and implications the test sets.</summary>
    private sealed class Chain : Event
    {
        public override string TypeName => "Chain";

        public List<RoleBinding> Bindings { get; } = new();

        public List<Implication> Rules { get; } = new();

        public override IEnumerable<RoleBinding> Roles => Bindings;

        public override IReadOnlyList<Implication> Implications => Rules;
    }

    /// <summary>Adding an event adds its participants first; one that is itself an event must not disturb the roles being added.</summary>
    [Fact]
    public void An_event_whose_first_participant_is_an_event_with_many_roles_keeps_its_own_roles()
    {
        var inner = new Chain { Id = "inner", Name = "inner" };
        for (var i = 0; i < 40; i++)
        {
            inner.Bindings.Add(new RoleBinding(i % 2 == 0 ? "a" : "b", Town("in" + i)));
        }

        inner.Rules.Add(new Implication(PartOf.Info, "a", "b"));
        var outer = new Chain { Id = "outer", Name = "outer" };
        outer.Bindings.Add(new RoleBinding("next", inner));
        for (var i = 0; i < 11; i++)
        {
            outer.Bindings.Add(new RoleBinding(i < 3 ? "x" : "y", Town("out" + i)));
        }

        outer.Rules.Add(new Implication(PartOf.Info, "x", "y"));
        var builder = new GraphBuilder().Add(outer);
        var graph = builder.Build();
        var outerRoles = graph.AllFacts.OfType<RoleFact>().Where(f => f.SubjectEntity == outer).Select(f => (f.Role, f.ObjectEntity.Id)).ToList();
        Assert.Equal(outer.Bindings.Select(b => (b.Role, b.Participant.Id)), outerRoles);
        Assert.Equal(3 * 8, graph.AllFacts.OfType<PartOf>().Count(f => f.SubjectEntity.Id.StartsWith("out", StringComparison.Ordinal)));
        Assert.Equal(20 * 20, graph.AllFacts.OfType<PartOf>().Count(f => f.SubjectEntity.Id.StartsWith("in", StringComparison.Ordinal)));
        Assert.Equal(12 + 24 + 40 + 400, builder.FactCount);
    }

    /// <summary>An entity's number hint is checked against the very object: a twin with the same id and the same hint is not it.</summary>
    [Fact]
    public void A_twin_at_the_same_place_in_another_builder_is_not_taken_for_the_entity()
    {
        var (a, b, twin) = (Town("a"), Town("b"), Town("a"));
        var other = new GraphBuilder().Add(twin).Add(b); // twin's hint 0
        var builder = new GraphBuilder().Add(a).Add(b); // a's hint 0
        _ = other.Add(twin); // twin's hint 0 again; a's 0 too
        var graph = builder.Build();
        Assert.Throws<ArgumentException>(() => builder.Add(new PartOf(twin, b)));
        Assert.Empty(graph.Out<PartOf>(twin));
        Assert.Throws<ArgumentException>(() => graph.Describe(twin));
        Assert.Same(a, graph.FindById("a"));
    }

    [Fact]
    public void A_graph_built_earlier_keeps_its_numbers_while_the_builder_and_others_go_on()
    {
        var towns = Enumerable.Range(0, 20).Select(i => Town("t" + i)).ToArray();
        var builder = new GraphBuilder();
        for (var i = 1; i < 10; i++)
        {
            builder.Add(new PartOf(towns[i], towns[i - 1]));
        }

        var first = builder.Build();
        for (var i = 10; i < 20; i++)
        {
            builder.Add(new PartOf(towns[i], towns[i - 1]));
        }

        var other = new GraphBuilder().AddRange(towns.Reverse());
        var second = builder.Build();
        for (var i = 1; i < 10; i++)
        {
            Assert.Same(towns[i - 1], first.Out<PartOf>(towns[i]).Single().ObjectEntity);
        }

        Assert.Empty(first.Out<PartOf>(towns[15]));
        Assert.Null(first.FindById("t15"));
        Assert.Same(towns[14], second.Out<PartOf>(towns[15]).Single().ObjectEntity);
        Assert.Equal(20, other.EntityCount);
    }

    [Fact]
    public void A_graph_and_a_load_say_one_thing_in_the_singular()
    {
        var (a, b) = (Town("a"), Town("b"));

        Assert.Equal("1 entity or event, 0 facts", new GraphBuilder().Add(a).Build().ToString());
        Assert.Equal("2 entities and events, 1 fact", new GraphBuilder().Add(new PartOf(a, b)).Build().ToString());
        Assert.Equal("Loaded 1 entity or event and 1 fact.", new LoadResult(Array.Empty<KnowledgeGraph.Language.Diagnostics.KgDiagnostic>(), 1, 1).ToString());
        Assert.Equal("Loaded 0 entities and events and 2 facts.", new LoadResult(Array.Empty<KnowledgeGraph.Language.Diagnostics.KgDiagnostic>(), 0, 2).ToString());
    }

    [Fact]
    public void Entities_with_the_same_name_stay_apart()
    {
        var graph = new GraphBuilder().Add(new Settlement { Id = "a", Name = "Twin" }).Add(new Settlement { Id = "b", Name = "Twin" }).Build();
        Assert.Equal(2, graph.All<Settlement>().Count());
    }

    [Fact]
    public void A_relation_refuses_ends_of_the_wrong_type()
    {
        var region = new Region { Id = "r", Name = "r" };
        Assert.Throws<ArgumentException>(() => RegroupedTo.Info.Create(region, region));
    }

    [Fact]
    public void Queries_on_an_empty_graph_return_nothing()
    {
        var graph = new GraphBuilder().Build();
        var town = Town("t");
        Assert.Empty(graph.Facts<PartOf>());
        Assert.Empty(graph.Closure<PartOf>(town));
        Assert.Empty(graph.All<Settlement>());
        Assert.Empty(graph.OutFacts(town));
    }

    [Fact]
    public void A_graph_built_earlier_is_unchanged_when_the_builder_goes_on()
    {
        var (a, b, c) = (Town("a"), Town("b"), Town("c"));
        var builder = new GraphBuilder().Add(new PartOf(a, b));
        var first = builder.Build();
        builder.Add(new PartOf(b, c));
        var second = builder.Build();

        Assert.Null(first.FindById("c"));
        Assert.Equal(new Entity[] { b }, first.Closure<PartOf>(a));
        Assert.Same(c, second.FindById("c"));
        Assert.Equal(new Entity[] { b, c }, second.Closure<PartOf>(a));
        Assert.Throws<ArgumentException>(() => builder.Add(Town("a")));
    }

    [Fact]
    public void Indexes_built_at_the_first_query_give_every_thread_the_same_answer()
    {
        var towns = Enumerable.Range(0, 2_000).Select(i => Town("t" + i)).ToArray();
        var builder = new GraphBuilder();
        for (var i = 1; i < towns.Length; i++)
        {
            builder.Add(new PartOf(towns[i], towns[i - 1]));
        }

        var graph = builder.Build();
        var answers = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (
                Names: graph.FindAll("t" + (i * 100)).Single().Id,
                Types: graph.All<Settlement>().Count(),
                Facts: graph.Facts<PartOf>().Count(),
                Out: graph.Out<PartOf>(towns[i + 1]).Single().ObjectEntity.Id,
                Relations: graph.Relations.Single().Name,
                Structure: graph.Structure))
            .ToList();

        Assert.All(answers, a => Assert.Equal((2_000, 1_999, "partOf"), (a.Types, a.Facts, a.Relations)));
        Assert.All(answers, a => Assert.Same(answers[0].Structure, a.Structure));
        Assert.Equal(1_999, answers[0].Structure.EdgeCount);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "t" + (i * 100)), answers.Select(a => a.Names).OrderBy(n => int.Parse(n[1..])));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "t" + i), answers.Select(a => a.Out).OrderBy(n => int.Parse(n[1..])));
    }

    [Fact]
    public void A_deflated_table_that_does_not_inflate_to_its_stated_length_is_refused()
    {
        const string table = "kg-data\t5\nfile\tx.kg.yaml\tX\t0\t0\t0\t0\n";
        var deflated = Deflate(table);
        CompiledData Read(DataTable data) => new(Izyum.IzyumGraph.Schema, new[] { data });

        Assert.Empty(Read(DataTable.Deflated("X", table.Length, deflated)).EntitiesIn("X"));
        Assert.Contains("does not inflate to 100 bytes", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", 100, deflated))).Message);
        Assert.Contains("does not inflate to 3 bytes", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", 3, deflated))).Message);
        Assert.Contains("does not inflate;", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", table.Length, "AAAAAAAA"))).Message);
        Assert.Contains("base64", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", table.Length, deflated[..^1]))).Message);
    }

    [Fact]
    public void A_deflated_table_in_parts_reads_as_the_whole_and_a_part_of_broken_blocks_is_refused()
    {
        const string table = "kg-data\t5\nfile\tx.kg.yaml\tX\t0\t0\t0\t0\n";
        var deflated = Deflate(table);
        Assert.True(deflated.Length > 12, deflated);
        CompiledData Read(DataTable data) => new(Izyum.IzyumGraph.Schema, new[] { data });
        string[] Cut(int size) => Enumerable.Range(0, (deflated.Length + size - 1) / size).Select(i => deflated.Substring(i * size, Math.Min(size, deflated.Length - i * size))).ToArray();

        Assert.Empty(Read(DataTable.Deflated("X", Encoding.UTF8.GetByteCount(table), Cut(4))).EntitiesIn("X"));
        Assert.Empty(Read(DataTable.Deflated("X", Encoding.UTF8.GetByteCount(table), Cut(8).Prepend(string.Empty).Append(string.Empty).ToArray())).EntitiesIn("X"));
        Assert.Contains("does not inflate to 9 bytes", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", 9, Cut(4)))).Message);
        Assert.Contains("cut short", Assert.Throws<FormatException>(() => Read(DataTable.Deflated("X", table.Length, Cut(6)))).Message);
        Assert.Contains("is null", Assert.Throws<ArgumentException>(() => DataTable.Deflated("X", table.Length, Cut(4).Append(null!).ToArray())).Message);
    }

    [Fact]
    public void Compiled_data_makes_room_for_exactly_the_facts_its_events_add()
    {
        // Room for the role links and implied facts is made at once; a count one off either way shows here (the
        // builder's fact list would grow, or keep room it never uses).
        var builder = Izyum.IzyumGraph.CreateBuilder();
        var facts = (System.Collections.Generic.List<Fact>)typeof(GraphBuilder).GetField("_facts", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(builder)!;
        Assert.True(builder.Build().Entities.OfType<Event>().Any(e => e.Implications.Count > 0), "the seed has events that imply facts");
        Assert.Equal(facts.Count, facts.Capacity);
    }

    [Fact]
    public void The_role_links_of_one_event_share_one_details_object_which_says_what_each_would_say_alone()
    {
        var graph = Izyum.IzyumGraph.Create();
        var withManyRoles = graph.Entities.OfType<Event>().First(e => graph.AllFacts.OfType<RoleFact>().Count(f => f.SubjectEntity == e) > 1);
        var links = graph.AllFacts.OfType<RoleFact>().Where(f => f.SubjectEntity == withManyRoles).ToList();

        Assert.All(links, link => Assert.Same(links[0].Details, link.Details));
        Assert.Equal(new FactDetails(withManyRoles.Time, withManyRoles.Sources, FactOrigin.Role, withManyRoles), links[0].Details);
        Assert.Equal(links[0].Details, new RoleFact(withManyRoles, links[0].Role, (Entity)links[0].ObjectEntity).Details); // the public constructor's
    }

    [Fact]
    public void A_literal_the_size_of_a_base64_part_stays_off_the_collected_heap()
    {
        // The generator writes a deflated table as literals of 30,000 characters (TableLiteral.Base64PartChars) so that
        // the runtime keeps each on its frozen heap (generation int.MaxValue) instead of the large-object heap.
        const string part = PartSizedLiteral.Text;
        Assert.Equal(30_000, part.Length);
        Assert.Equal(int.MaxValue, GC.GetGeneration(part));
    }

    private static string Deflate(string text)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}
