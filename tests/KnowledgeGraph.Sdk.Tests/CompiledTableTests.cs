using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// Compiled tables read by <see cref="CompiledData"/>, written by hand against the seed's schema: ids that are also enum
/// members, ids beyond ASCII, tables that name each other, and a deflated table whose fields cross the reader's window.
/// </summary>
public sealed class CompiledTableTests
{
    private static string Table(string @namespace, params string[] records) => TableNeeding(@namespace, Array.Empty<string>(), records);

    /// <summary>
    /// A table whose header says that its entities name those of the tables <paramref name="needs"/>. Records are written
    /// with ids in place of numbers, for reading: an entity or event record gives its id as its second field, and a field
    /// that names an entity is <c>@id</c>. The table lists the ids and names each by its number, as the generator does.
    /// </summary>
    private static string TableNeeding(string @namespace, string[] needs, params string[] records)
    {
        static bool IsInstance(string r) => r.StartsWith("entity\t", StringComparison.Ordinal) || r.StartsWith("event\t", StringComparison.Ordinal);
        var ids = records.Where(IsInstance).Select(r => r.Split('\t')[1]).ToList();
        var own = ids.Count;
        var numbers = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        int Number(string id)
        {
            if (!numbers.TryGetValue(id, out var number))
            {
                numbers.Add(id, number = ids.Count);
                ids.Add(id);
            }

            return number;
        }

        var written = records.Select(r =>
        {
            var fields = r.Split('\t').ToList();
            if (IsInstance(r))
            {
                fields.RemoveAt(1);
            }

            return string.Join('\t', fields.Select(f => f.StartsWith('@') ? Number(f[1..]).ToString(System.Globalization.CultureInfo.InvariantCulture) : f));
        }).ToList();
        var text = new StringBuilder("kg-data\t5\n");
        var facts = records.Count(r => r.StartsWith("fact", StringComparison.Ordinal));
        text.Append($"file\t{@namespace}.kg.yaml\t{@namespace}\t{own}\t{facts}\t{needs.Length}");
        foreach (var need in needs)
        {
            text.Append('\t').Append(need);
        }

        text.Append('\t').Append(ids.Count - own).Append('\n');
        foreach (var id in ids)
        {
            text.Append(id).Append('\n');
        }

        foreach (var r in written)
        {
            text.Append(r).Append('\n');
        }

        return text.ToString();
    }

    private static string Forces(string id, string state, string side, string doc = "\\-") =>
        $"entity\t{id}\tArmedForces\t{id}\t{doc}\t0\t-\t0\t2\tstate\t1\t@{state}\tside\t1\t{side}";

    private static string State(string id) => $"entity\t{id}\tState\t{id}\t\\-\t0\t-\t0\t0";

    private static string Place(string id) => $"entity\t{id}\tSettlement\t{id}\t\\-\t0\t-\t0\t0";

    private static string PartOfFact(string s, string o) => $"fact\t@{s}\tpartOf\t@{o}\ts\t-\t0";

    [Fact]
    public void Entities_are_read_after_the_tables_they_name_and_facts_after_every_tables_entities_so_nothing_waits()
    {
        // A, given first, names B's entities in its entities and its facts; B's fact names A's entity.
        string[] A(string[] needs) => new[] { TableNeeding("A", needs, Forces("a1", "Russia", "Russia"), Place("p1"), PartOfFact("p1", "p2")), Table("B", State("Russia"), Place("p2"), PartOfFact("p2", "p1")) };

        var ordered = Read(A(new[] { "B" }));
        var unordered = Read(A(Array.Empty<string>()));

        Assert.Equal(0, ordered.Data.Waited);
        Assert.Equal(1, unordered.Data.Waited); // a1 waits for Russia; the facts wait for nothing, read after every entity
        foreach (var (data, graph) in new[] { ordered, unordered })
        {
            Assert.Same(data.Find("Russia"), ((ArmedForces)data.Find("a1")!).State);
            Assert.Equal(new[] { "a1", "p1" }, data.InstancesOf("A").Select(e => e.Id)); // each table's members index its own order
            Assert.Equal(new[] { "Russia", "p2" }, data.InstancesOf("B").Select(e => e.Id));
            Assert.Equal(new[] { "p1>p2", "p2>p1" }, graph.Facts<PartOf>().Select(f => f.SubjectEntity.Id + ">" + f.ObjectEntity.Id)); // in the tables' order
        }
    }

    [Fact]
    public void Tables_whose_entities_name_each_other_in_a_cycle_read_whole_with_what_is_named_ahead_waiting()
    {
        var (data, _) = Read(new[]
        {
            TableNeeding("A", new[] { "B" }, Forces("a1", "Russia", "Russia"), State("Ukraine")),
            TableNeeding("B", new[] { "A" }, State("Russia"), Forces("b1", "Ukraine", "Ukraine")),
        });

        Assert.Equal(1, data.Waited); // A, given first, reads after the B it needs; so b1 waits for A's Ukraine, and a1 for nothing
        Assert.Same(data.Find("Russia"), ((ArmedForces)data.Find("a1")!).State);
        Assert.Same(data.Find("Ukraine"), ((ArmedForces)data.Find("b1")!).State);
    }

    private static (CompiledData Data, Graph Graph) Read(string[] tables)
    {
        var data = new CompiledData(IzyumGraph.Schema, tables.Select((t, i) => new DataTable(((char)('A' + i)).ToString(), t)).ToArray());
        var builder = new GraphBuilder();
        data.AddTo(builder);
        return (data, builder.Build());
    }

    [Fact]
    public void An_id_that_is_also_an_enum_member_names_the_entity_in_every_table()
    {
        var first = Table("A",
            Forces("early", "Russia", "Russia"), // names Russia before it is made: kept
            State("Russia"),
            Forces("late", "Russia", "Ukraine"),
            Forces("Ukraine", "Russia", "Russia"), // an id that is the other enum member, after it was interned as one
            Place("Ізюм"), Place("Харків"),
            PartOfFact("Ізюм", "Харків"), PartOfFact("Харків", "later"));
        var second = Table("B",
            Place("later"),
            Forces("b", "Russia", "Ukraine"),
            PartOfFact("later", "Ізюм"));
        var data = new CompiledData(IzyumGraph.Schema, new[] { new DataTable("A", first), new DataTable("B", second) });
        var russia = (State)data.Find("Russia")!;
        foreach (var id in new[] { "early", "late", "Ukraine", "b" })
        {
            var forces = (ArmedForces)data.Find(id)!;
            Assert.Same(russia, forces.State);
        }

        Assert.Equal(Side.Russia, ((ArmedForces)data.Find("early")!).Side);
        Assert.Equal(Side.Ukraine, ((ArmedForces)data.Find("late")!).Side);
        Assert.Equal(Side.Russia, ((ArmedForces)data.Find("Ukraine")!).Side);
        var builder = new GraphBuilder();
        data.AddTo(builder);
        var graph = builder.Build();
        Assert.Equal(new[] { "Ізюм>Харків", "Харків>later", "later>Ізюм" }.OrderBy(x => x, StringComparer.Ordinal),
            graph.Facts<PartOf>().Select(f => f.SubjectEntity.Id + ">" + f.ObjectEntity.Id).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_whose_ids_and_records_disagree_is_refused_naming_the_table()
    {
        var good = Table("A", State("Russia"), Place("p1"), PartOfFact("p1", "p2")); // ids: Russia, p1 (own), p2 (another file's)
        Assert.Contains("\np1\np2\n", good);
        CompiledData Read(string table) => new(IzyumGraph.Schema, new[] { new DataTable("A", table) });

        var beyond = good.Replace("fact\t1\tpartOf\t2\t", "fact\t1\tpartOf\t3\t", StringComparison.Ordinal);
        Assert.NotEqual(good, beyond);
        Assert.Contains("'A' names id number 3, beyond its 3 ids", Assert.Throws<FormatException>(() => Read(beyond)).Message);

        var negative = good.Replace("fact\t1\tpartOf\t2\t", "fact\t-1\tpartOf\t2\t", StringComparison.Ordinal);
        Assert.Contains("names id number -1", Assert.Throws<FormatException>(() => Read(negative)).Message);

        var extra = good.Replace("\nfact\t", "\nentity\tState\tExtra\t\\-\t0\t-\t0\t0\nfact\t", StringComparison.Ordinal);
        Assert.Contains("'A' holds more entity and event records than the 2 its header gives", Assert.Throws<FormatException>(() => Read(extra)).Message);

        // A header that numbers three ids of its own over two records: the third would stand for nothing.
        var fewer = good.Replace("\tA\t2\t1\t0\t1\nRussia\np1\n", "\tA\t3\t1\t0\t1\nRussia\np1\np3\n", StringComparison.Ordinal);
        Assert.NotEqual(good, fewer);
        Assert.Contains("'A' holds 2 entity and event records where its header gives 3", Assert.Throws<FormatException>(() => Read(fewer)).Message);

        var huge = good.Replace("\tA\t2\t1\t0\t1\n", "\tA\t2147483647\t1\t0\t1\n", StringComparison.Ordinal);
        Assert.NotEqual(good, huge);
        Assert.Contains("'A' gives more ids than a table can hold", Assert.Throws<FormatException>(() => Read(huge)).Message);

        var twice = good.Replace("\nRussia\np1\n", "\nRussia\nRussia\n", StringComparison.Ordinal);
        Assert.NotEqual(good, twice);
        Assert.Contains("declares 'Russia' twice", Assert.Throws<FormatException>(() => Read(twice)).Message);
    }

    [Fact]
    public void A_streamed_table_whose_fields_span_refills_reads_as_the_plain_one()
    {
        var records = new List<string> { State("Russia") };
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var doc = new string('x', random.Next(1, 90)) + (i % 7 == 0 ? "\\t\\\\é" : "") + (i % 11 == 0 ? "Ж" : "");
            records.Add(Forces("f" + i + (i % 5 == 0 ? "й" : ""), i % 3 == 0 ? "Russia" : "s" + i + (i % 5 == 0 ? "й" : ""), i % 2 == 0 ? "Russia" : "Ukraine", doc));
        }

        for (var i = 0; i < 3000; i++)
        {
            if (i % 3 != 0)
            {
                records.Add(State("s" + i + (i % 5 == 0 ? "й" : "")));
            }
        }

        for (var i = 0; i < 2000; i++)
        {
            records.Add(Place("p" + i + "é"));
        }

        for (var i = 1; i < 2000; i++)
        {
            records.Add(PartOfFact("p" + i + "é", "p" + (i - 1) + "é"));
        }

        var table = Table("S", records.ToArray());
        var bytes = Encoding.UTF8.GetBytes(table);
        using var buffer = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        Assert.True(bytes.Length > 4 * 64 * 1024);
        var plain = new CompiledData(IzyumGraph.Schema, new[] { new DataTable("S", table) });
        var streamed = new CompiledData(IzyumGraph.Schema, new[] { DataTable.Deflated("S", bytes.Length, Convert.ToBase64String(buffer.ToArray())) });
        string Show(CompiledData data)
        {
            var text = new StringBuilder();
            foreach (var e in data.InstancesOf("S"))
            {
                text.Append(e.Id).Append('|').Append(e.Doc).Append('|');
                if (e is ArmedForces f)
                {
                    text.Append(((Entity)(object)f.State).Id).Append('|').Append(f.Side);
                }

                text.Append('\n');
            }

            var builder = new GraphBuilder();
            data.AddTo(builder);
            foreach (var f in builder.Build().AllFacts)
            {
                text.Append(f.SubjectEntity.Id).Append('>').Append(f.ObjectEntity.Id).Append('\n');
            }

            return text.ToString();
        }

        var (p, s) = (Show(plain), Show(streamed));
        Assert.Equal(p, s);
        Assert.Contains("f0й|", p);
        Assert.Contains("\t\\é", p);
    }
}
