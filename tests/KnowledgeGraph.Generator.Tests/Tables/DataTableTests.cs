using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Tables;
using Xunit;

namespace KnowledgeGraph.Generator.Tests.Tables;

/// <summary>
/// The tables the generator embeds read back to what was bound, for every kind of value, and the compiled program
/// reads them into typed entities with the same values.
/// </summary>
public sealed class DataTableTests
{
    private const string Schema = """
        namespace: Kinds
        enums:
          Side: [north, South, event]
        types:
          Thing:
            is: Place
            properties:
              text: string?
              count: int?
              big: long?
              ratio: double?
              money: decimal?
              flag: bool = false
              day: date?
              instant: datetime?
              link: uri?
              side: Side?
              sides: Side*
              words: string*
              near: Thing?
          Happening:
            is: Event
            roles:
              at: Thing+
        relations:
          touches: { from: Place, to: Place, inverse: touchedBy }
        """;

    // Keyword and non-ASCII ids; text with tabs, line breaks, quotes, backslashes, the table's own escapes and characters beyond the BMP.
    private const string Data = """
        namespace: Kinds.Data
        documents:
          report: { path: report.txt, title: "A \"quoted\" title", published: 2022-09 }
        entities:
          ізюм:
            type: Thing
            name: "Ізюм \t tab, \\q backslash-q, \\- backslash-dash, \"quotes\", 😀 and a\nline break"
            aliases: ["", "\\", "Izium"]
            doc: "A document string with a trailing tab\t"
            text: "\u0001\u007f\u0085\u2028\u2029 controls"
            count: -2147483648
            big: 9223372036854775807
            ratio: 0.1
            money: 79228162514264337593543950335
            flag: true
            day: 2022-02-28
            instant: 2022-09-10T14:30:00+03:00
            link: https://example.org/a?b=c#d
            side: event
            sides: [north, South]
            words: []
          event: { type: Thing, name: event, near: ізюм, ratio: -1.5e-300, touches: ізюм, day: 1851 }
          monthly: { type: Thing, day: 1991-12 }
        events:
          happened:
            type: Happening
            at: [ізюм, event]
            start: 2022
            end: 2022-09-10T18:00:00Z
            source: { document: report, quote: "“first” line" }
        facts:
          - subject: event
            relation: touchedBy
            object: ізюм
            date: 2022-09
            sources:
              - { document: report, quote: "second  line" }
              - { document: report, quote: "first" }
          - ізюм touches event
        omitted:
          - { document: report, quote: "the second", reason: caption, note: "a \"note\"\twith a tab" }
          - { document: report, quote: line., reason: boilerplate }
        """;

    private const string Report = "The \"first\" line,\nthe second line.\n";

    [Fact]
    public void A_bound_file_reads_back_from_its_table_as_it_was()
    {
        var (result, table) = Bind();
        var bound = result.Files.Single();

        var text = DataTableFormat.Write(bound);
        var read = DataTableFormat.Read(text, bound.File.ClassName, table);

        Assert.Equal(2, bound.Omissions.Count);
        Assert.Equal(bound with { File = bound.File with { Path = "data.kg.yaml" } }, read);
        Assert.DoesNotContain('"', text);
        Assert.DoesNotContain('\r', text);
        Assert.All(text.Split('\n'), line => Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t'));
    }

    [Fact]
    public void Every_value_kind_is_kept_in_its_canonical_text()
    {
        var (result, _) = Bind();
        var izyum = result.Files.Single().Instances.Single(i => i.Id == "ізюм");
        string Value(string member) => izyum.Values.Single(v => v.Member.Name == member).Values.Single().Text;

        Assert.Equal("-2147483648", Value("count"));
        Assert.Equal("0.1", Value("ratio"));
        Assert.Equal("true", Value("flag"));
        Assert.Equal("2022-02-28", Value("day"));
        Assert.Equal("2022-09-10T14:30:00.0000000+03:00", Value("instant"));
        Assert.Equal("event", Value("side"));
    }

    [Fact]
    public void The_schema_table_reads_back_as_the_schema_the_loader_binds_against()
    {
        var (_, table) = Bind();

        var read = SymbolTableFormat.Read(SymbolTableFormat.Write(table));

        Assert.Equal(table.Types, read.Types);
        Assert.Equal(table.Enums, read.Enums);
        Assert.Equal(table.Relations, read.Relations);
        Assert.Equal(table.RelationNames, read.RelationNames);
        Assert.Equal(table.DefaultNamespace, read.DefaultNamespace);
        var document = Assert.Single(read.Documents);
        Assert.Equal(("report", "Kinds.Data", "report.txt", SymbolTableFormat.CompiledDocumentRoot + "report", "data.kg.yaml (compiled)"), (document.Name, document.Namespace, document.PathText, document.ResolvedPath, document.File));
        Assert.Empty(read.Instances);
    }

    [Fact]
    public void A_damaged_table_is_refused_with_a_format_error_not_misread()
    {
        var (result, table) = Bind();
        var text = DataTableFormat.Write(result.Files.Single());

        Assert.StartsWith("kg-data\t5\n", text);
        Assert.Throws<System.FormatException>(() => DataTableFormat.Read(text.Replace("kg-data\t5", "kg-data\t9"), "X", table));
        Assert.Throws<System.FormatException>(() => DataTableFormat.Read(text.Replace("\tThing\t", "\tNoSuchType\t"), "X", table));
        Assert.Throws<System.FormatException>(() => DataTableFormat.Read(text.Replace("\\t", "\\z"), "X", table));
        var unknownRecord = Assert.Throws<System.FormatException>(() => DataTableFormat.Read(text.Replace("\nfact\t", "\nfacts\t"), "X", table));
        Assert.Contains("'facts'", unknownRecord.Message);
    }

    [Theory]
    [InlineData("12x")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("99999999999")]
    [InlineData("\\u0031")]
    public void A_count_that_is_not_a_whole_number_is_refused(string field) =>
        Assert.Throws<System.FormatException>(() => new TableReader(field).Int());

    [Fact]
    public void Fields_are_compared_and_counted_in_place_as_they_were_written()
    {
        var reader = new TableReader(new TableWriter().Field("entity").Field(-42).Field("a\tb").Field("t").Field("1").ToString());
        Assert.Equal(1, reader.FieldIndexIn(new[] { "document", "entity" }));
        Assert.Equal(-42, reader.Int());
        Assert.Equal(-1, reader.FieldIndexIn(new[] { "a\tb" })); // escaped text is never taken for a plain name
        Assert.Equal("a\tb", reader.LastField);
        Assert.True(reader.FieldIs("t"));
        Assert.True(reader.Bool());
        Assert.True(reader.AtEndOfRecord);
        Assert.Throws<System.FormatException>(() => SymbolTableFormat.Read("kg-schema\t2\t\\-\nwhat\tever\n"));
    }

    [Fact]
    public void Compiled_entities_facts_and_omitted_passages_may_cite_a_document_of_a_later_data_file()
    {
        const string schema = """
            namespace: D
            types:
              City: { is: Place, properties: { twin: City? } }
            relations:
              near: { from: City, to: City }
            """;
        const string first = """
            namespace: D
            entities:
              kyiv: { type: City, name: Kyiv, source: { document: report, quote: Kyiv stands } }
              lviv: { type: City, name: Lviv, twin: kyiv }
            facts:
              - subject: kyiv
                relation: near
                object: lviv
                source: { document: report, quote: Lviv too }
            omitted:
              - { document: report, quote: Report., reason: heading }
            """;
        const string later = """
            namespace: D
            documents:
              report: { path: report.txt, title: Report }
            """;
        const string code = """
            using System.Linq;
            public static class Query
            {
                public static string Run()
                {
                    var g = D.DGraph.Create();
                    return string.Join("|", D.Entities.Kyiv.Sources.Single().Document.Title, D.Entities.Lviv.Twin!.Id,
                        g.AllFacts.Count(f => f.Details.SourceList.Any(s => s.Quote == "Lviv too")), g.Omissions.Single().Passage.Quote);
                }
            }
            """;

        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", schema), ("a.kg.yaml", first), ("b.kg.yaml", later), ("report.txt", "Report.\nKyiv stands. Lviv too.\n") }, code);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("Report|kyiv|1|Report.", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_table_lists_the_files_its_entities_name_and_holds_its_entities_before_its_events_whatever_order_it_was_written_in()
    {
        const string schema = """
            namespace: D
            types:
              City: { is: Place, properties: { twin: City?, founding: Founding? } }
              Visit: { is: Event, roles: { at: City } }
              Founding: { is: Event, roles: { city: City? } }
            relations:
              near: { from: City, to: City }
            """;
        // a's entities name b's and b's name a's (a cycle of files); c's event and fact name a's entity, which needs
        // nothing; a's entity naming c's event does not make a need c (entities are read before any event).
        const string a = """
            namespace: D
            events:
              visit: { type: Visit, at: lviv }
            entities:
              kyiv: { type: City, twin: lviv }
              odesa: { type: City, founding: founded }
            facts:
              - kyiv near lviv
            """;
        const string b = """
            namespace: D
            entities:
              lviv: { type: City, twin: odesa }
            """;
        const string c = """
            namespace: D
            events:
              trip: { type: Visit, at: kyiv }
              founded: { type: Founding }
            facts:
              - odesa near kyiv
            """;
        var files = new[] { ("schema.kg.yaml", schema), ("a.kg.yaml", a), ("b.kg.yaml", b), ("c.kg.yaml", c) };
        var (result, table) = Bind(files, new Dictionary<string, string>());
        var byFile = result.Files.ToDictionary(f => System.IO.Path.GetFileName(f.File.Path));
        var (classA, classB) = (byFile["a.kg.yaml"].File.ClassName, byFile["b.kg.yaml"].File.ClassName);

        Assert.Equal(new[] { classB }, byFile["a.kg.yaml"].Needs);
        Assert.Equal(new[] { classA }, byFile["b.kg.yaml"].Needs);
        Assert.Empty(byFile["c.kg.yaml"].Needs);
        Assert.Equal(new[] { "kyiv", "odesa", "visit" }, byFile["a.kg.yaml"].Instances.Select(i => i.Id));
        var text = DataTableFormat.Write(byFile["a.kg.yaml"]);
        // Three instances, one fact, one table needed, two ids of other files named; then the ids by number, the file's
        // own first, in the order of its records.
        Assert.Contains($"\t3\t1\t1\t{classB}\t2\nkyiv\nodesa\nvisit\nlviv\nfounded\n", text);
        Assert.True(text.IndexOf("\nentity\tCity", System.StringComparison.Ordinal) < text.IndexOf("\nevent\tVisit", System.StringComparison.Ordinal));
        Assert.Contains("\ttwin\t1\t3\n", text); // kyiv's twin is lviv, number 3
        Assert.Contains("\nfact\t0\tnear\t3\t", text); // kyiv near lviv
        Assert.Equal(byFile["a.kg.yaml"] with { File = byFile["a.kg.yaml"].File with { Path = "a.kg.yaml" } }, DataTableFormat.Read(text, classA, table));

        const string code = """
            using System.Linq;
            public static class Query
            {
                public static string Run()
                {
                    var g = D.DGraph.Create();
                    return string.Join("|", D.Events.Visit.At.Id, D.Events.Trip.At.Id, D.Entities.Kyiv.Twin!.Id, D.Entities.Lviv.Twin!.Id, D.Entities.Odesa.Founding!.Id,
                        string.Join(",", g.Facts<D.Near>().Select(f => f.Subject.Id + ">" + f.Object.Id)), g.Entities.Count);
                }
            }
            """;
        var run = GeneratorHarness.Run(files, code);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("lviv|kyiv|lviv|odesa|founded|kyiv>lviv,odesa>kyiv|6", run.Invoke("Query", "Run"));
    }

    [Fact]
    public void A_sink_that_takes_records_reads_from_each_record_what_its_model_holds()
    {
        var (result, table) = Bind();
        var bound = result.Files.Single();
        var text = DataTableFormat.Write(bound);
        var sink = new RecordCollector();

        DataTableFormat.Read(text, bound.File.ClassName, table, sink);

        // Read through the record's own members, not ToModel: one record object serves every entity and event in turn.
        var expected = bound.Instances.Select(i => (
            i.Id, i.Namespace, i.TypeName, i.TypeClass, i.IsEvent, i.DisplayName, i.Doc, string.Join("|", i.Aliases), i.Time, i.Sources.Count,
            string.Join(";", i.Values.Select(a => a.Member.Name + "=" + string.Join(",", a.Values.Select(v => v.Text))))));
        Assert.Equal(expected, sink.Read);
        Assert.Equal(bound.Instances, sink.Models);
        Assert.Equal(bound.Facts, sink.Facts);
        // Every id has one number: an entity or event of the file its place among them. This data names no other file's
        // ids (those are numbered after the file's own: tested above), so every number is one of the file's own.
        var numbers = sink.Numbers.Distinct().ToList();
        var own = bound.Instances.Select(i => i.Id).ToList();
        Assert.True(sink.Numbers.Count > own.Count); // values and facts name ids too
        Assert.All(numbers, n => Assert.Equal(own.IndexOf(n.Id), n.Number));
        Assert.Equal(numbers.Count, numbers.Select(n => n.Id).Distinct().Count());
        Assert.Equal((bound.Instances.Count, bound.Facts.Count, numbers.Count), sink.Expected);
        Assert.Equal(bound.Instances, sink.Kept.Select(kept =>
        {
            var again = new InstanceRecord();
            kept.ReadInto(again, new TableReader(System.Array.Empty<byte>()));
            return again.ToModel();
        }));
    }

    [Fact]
    public void Tables_are_read_from_UTF8_names_beyond_ASCII_included_and_bytes_that_are_not_UTF8_are_refused()
    {
        var text = new TableWriter().Field("ізюм").Field("😀").Field("Thing").Field("Thing").Field("Thing2").ToString();
        var reader = new TableReader(System.Text.Encoding.UTF8.GetBytes(text));
        var seen = new List<string>();

        Assert.Equal(1, reader.FieldIndexIn(new[] { "ізю", "ізюм" }));
        Assert.Equal("😀", reader.Field()); // escaped by the writer (\uD83D\uDE00), unescaped here
        var first = reader.RepeatedField(seen);
        Assert.Same(first, reader.RepeatedField(seen));
        Assert.Equal("Thing2", reader.RepeatedField(seen));
        Assert.Equal(new[] { "Thing", "Thing2" }, seen);
        Assert.Throws<System.FormatException>(() => new TableReader(new byte[] { 0x61, 0xC3, 0x28 }).Field());
    }

    [Fact]
    public void A_streamed_table_reads_as_the_same_table_in_one_array_whatever_the_stream_hands_over_at_a_time()
    {
        // Records across many windows, a field far longer than one window, and characters of two to four bytes split
        // anywhere by a stream that gives out a few bytes at a time.
        var writer = new TableWriter();
        for (var i = 0; i < 5_000; i++)
        {
            writer.Field("entity").Field("e" + i).Field(i % 3 == 0 ? "Ізюм 😀 " + i : "Izyum\t" + i).Field(i).EndRecord();
        }

        writer.Field("document").Field(new string('я', 150_000) + "\n" + new string('x', 70_000)).EndRecord();
        var bytes = System.Text.Encoding.UTF8.GetBytes(writer.ToString());

        static List<string> ReadAll(TableReader reader, List<string>? records = null)
        {
            var fields = new List<string>();
            while (!reader.AtEnd)
            {
                while (!reader.AtEndOfRecord)
                {
                    fields.Add(reader.Field());
                }

                records?.Add(System.Text.Encoding.UTF8.GetString(reader.CurrentRecord()));
                reader.EndRecord();
            }

            return fields;
        }

        var whole = ReadAll(new TableReader(bytes));
        var streamed = new TableReader(new TrickleStream(bytes));
        var records = new List<string>();
        Assert.Equal(whole, ReadAll(streamed, records));
        Assert.Equal(writer.ToString().TrimEnd('\n').Split('\n'), records); // each record whole, however the window moved
        Assert.Equal(bytes.Length, streamed.BytesRead);
        Assert.Equal(5_000 * 4 + 2, whole.Count);
        Assert.Equal("Ізюм 😀 4998", whole[^8]);
        Assert.Equal(220_001, whole[^1].Length);
    }

    [Fact]
    public void An_interned_field_is_one_string_for_every_record_that_repeats_it()
    {
        var writer = new TableWriter();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 5_000; i++)
            {
                writer.Field("e" + i).Field(i % 2 == 0 ? "ізюм" : null).Field("a\tb").EndRecord();
            }
        }

        var reader = new TableReader(writer.ToString());
        var interner = new FieldInterner();
        var first = new List<string?>();
        for (var i = 0; i < 10_000; i++)
        {
            var (id, other, escaped) = (reader.InternedField(interner), reader.InternedField(interner), reader.InternedField(interner));
            if (i < 5_000)
            {
                first.Add(id);
            }
            else
            {
                Assert.Same(first[i - 5_000], id); // past the table's first growth, still the very same string
            }

            Assert.Equal("e" + (i % 5_000), id);
            Assert.Equal(i % 2 == 0 ? "ізюм" : null, other);
            Assert.Equal("a\tb", escaped);
            reader.EndRecord();
        }

        Assert.Equal(5_000, first.Distinct().Count());
    }

    [Fact]
    public void Interned_texts_that_share_their_first_eight_bytes_or_differ_only_in_their_last_are_kept_apart()
    {
        // The interner tells texts of up to eight bytes apart by their bytes packed in one number, and checks longer
        // ones against their strings: texts alike in every way but one must each stay their own.
        string[] texts =
        {
            "abcdefgh", "abcdefgi", "abcdefgh1", "abcdefgh2", "abcdefgh12", "abcdefg", "a", "b", "", "ізюм", "ізюн", "ізюмізюм", "ізюмізюн",
            "e1", "e10", "e100", "e1000", "1e", "ab\u00e9", "ab\u00e8", "abcdefg\u00e9", "abcdefg\u00e8", // a character of two bytes across the eighth
        };
        var writer = new TableWriter();
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                writer.Field(text);
            }

            for (var i = 0; i < 3_000; i++)
            {
                writer.Field("e" + i).Field("longer-id-" + i);
            }
        }

        var reader = new TableReader(System.Text.Encoding.UTF8.GetBytes(writer.ToString()));
        var interner = new FieldInterner();
        var seen = new Dictionary<string, string>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var expected in texts.Concat(Enumerable.Range(0, 3_000).SelectMany(i => new[] { "e" + i, "longer-id-" + i })))
            {
                var text = reader.InternedField(interner);
                Assert.Equal(expected, text);
                Assert.Same(seen.TryGetValue(expected, out var first) ? first : seen[expected] = text!, text);
            }
        }
    }

    [Theory]
    [InlineData("k")] // up to eight bytes: told apart by the bytes kept in the entry
    [InlineData("a-longer-id-")] // longer: told apart by their strings
    public void Interned_texts_whose_hashes_collide_are_kept_apart(string prefix)
    {
        // Two texts of one length with the same FNV-1a hash (the interner's), found by trying numbered texts.
        var byHash = new Dictionary<uint, string>();
        var (one, other) = ("", "");
        for (var i = 0; one.Length == 0; i++)
        {
            var text = prefix + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var hash = 2166136261u;
            foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 16777619u;
            }

            if (byHash.TryGetValue(hash, out var earlier))
            {
                (one, other) = (earlier, text);
            }

            byHash[hash] = text;
        }

        var reader = new TableReader(new TableWriter().Field(one).Field(other).Field(one).Field(other).ToString());
        var interner = new FieldInterner();
        var (first, second) = (reader.InternedField(interner), reader.InternedField(interner));

        Assert.Equal((one, other), (first, second));
        Assert.Same(first, reader.InternedField(interner));
        Assert.Same(second, reader.InternedField(interner));
    }

    /// <summary>Hands over 1 to 13 bytes a read, so fields and characters are cut at every place.</summary>
    private sealed class TrickleStream(byte[] bytes) : System.IO.MemoryStream(bytes)
    {
        private int _reads;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, System.Math.Min(count, 1 + (_reads++ % 13)));
    }

    /// <summary>Keeps what each record says while it is current, and its model.</summary>
    private sealed class RecordCollector : IDataRecordSink
    {
        public List<(string, string, string, QualifiedName, bool, string, string?, string, TimeModel?, int, string)> Read { get; } = new();

        public List<InstanceModel> Models { get; } = new();

        public void Instance(InstanceRecord r)
        {
            var values = Enumerable.Range(0, r.AssignmentCount)
                .Select(a => r.Member(a).Name + "=" + string.Join(",", Enumerable.Range(0, r.ValueCount(a)).Select(i => r.Value(a, i))));
            Read.Add((r.Id, r.Namespace, r.TypeName, r.TypeClass, r.IsEvent, r.DisplayName, r.Doc, string.Join("|", r.Aliases), r.Time, r.Sources.Count, string.Join(";", values)));
            Models.Add(r.ToModel());
            Kept.Add(r.Keep());
            Numbers.Add((r.Id, r.Ordinal));
            for (var a = 0; a < r.AssignmentCount; a++)
            {
                for (var i = 0; i < r.ValueCount(a); i++)
                {
                    if (r.ValueNumber(a, i) >= 0)
                    {
                        Numbers.Add((r.Value(a, i), r.ValueNumber(a, i)));
                    }
                }
            }
        }

        /// <summary>Each id the records name or are, with the number the record gives it.</summary>
        public List<(string Id, int Number)> Numbers { get; } = new();

        public List<KeptInstance> Kept { get; } = new();

        public void Instance(InstanceModel instance) => throw new System.InvalidOperationException("A record sink is given records.");

        public void File(DataFileEntry file)
        {
        }

        public void Document(DocumentModel document)
        {
        }

        public List<FactModel> Facts { get; } = new();

        public void Fact(FactRecord fact)
        {
            Facts.Add(fact.ToModel());
            Numbers.Add((fact.Subject, fact.SubjectNumber));
            Numbers.Add((fact.Object, fact.ObjectNumber));
        }

        public (int Instances, int Facts, int Ids) Expected { get; private set; }

        public void Expect(int instances, int facts, int ids) => Expected = (instances, facts, ids);

        public void Fact(FactModel fact) => throw new System.InvalidOperationException("A record sink is given records.");

        public void Omission(OmissionModel omission)
        {
        }
    }

    [Fact]
    public void The_compiled_program_reads_every_value_kind_into_typed_members()
    {
        const string code = """
            using System.Linq;
            using Kinds;
            using Kinds.Data;
            public static class Query
            {
                public static string Run()
                {
                    var x = Entities.Ізюм;
                    var e = Entities.Event;
                    var h = Events.Happened;
                    var g = DataGraph.Create();
                    return string.Join("|", new object?[]
                    {
                        x.Name, string.Join(",", x.Aliases), x.Doc, x.Text, x.Count, x.Big, x.Ratio, x.Money, x.Flag, x.Day, x.Instant?.ToString("o"), x.Link,
                        x.Side, string.Join(",", x.Sides), x.Words.Count, e.Near == x, e.Ratio, e.Flag, h.At.Count, h.Time, h.Sources.Single().Quote, h.Sources.Single().Document == Documents.Report,
                        Documents.Report.Title, Documents.Report.Published, g.TouchedBy(x).Single() == e, g.Touches(x).Single() == e,
                        g.Facts<Touches>().Single(f => f.Sources.Count == 2).Sources[0].Quote, Entities.All.Count, Events.All.Count, Documents.All.Count,
                        e.Day!.Value.Precision, Entities.Monthly.Day, Entities.Monthly.Day!.Value.Precision, Entities.Monthly.Count is null, Entities.Monthly.Side is null,
                    }.Select(v => System.Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
            """;
        var run = GeneratorHarness.Run(new[] { ("schema.kg.yaml", Schema), ("data.kg.yaml", Data), ("report.txt", Report) }, code);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);

        var answer = ((string)run.Invoke("Query", "Run")!).Split('|');

        Assert.Equal(
            new[]
            {
                "Ізюм \t tab, \\q backslash-q, \\- backslash-dash, \"quotes\", 😀 and a\nline break", ",\\,Izium", "A document string with a trailing tab\t",
                "\u0001\u007f\u0085\u2028\u2029 controls", "-2147483648", "9223372036854775807", "0.1", "79228162514264337593543950335", "True",
                "2022-02-28", "2022-09-10T14:30:00.0000000+03:00", "https://example.org/a?b=c#d", "Event", "North,South", "0", "True", "-1.5E-300", "False",
                "2", "2022 – 2022-09-10T18:00:00Z", "\"first\" line", "True", "A \"quoted\" title", "2022-09", "True", "True", "second line", "3", "1", "1",
                "Year", "1991-12", "Month", "True", "True",
            },
            answer);
    }

    private static (BindingResult Result, SymbolTable Table) Bind() =>
        Bind(new[] { ("schema.kg.yaml", Schema), ("data.kg.yaml", Data) }, new Dictionary<string, string> { [GeneratorHarness.Root + "report.txt"] = Report });

    /// <summary>Binds the files, which must hold no error, and declares them into a table, as the generator does.</summary>
    private static (BindingResult Result, SymbolTable Table) Bind((string Name, string Text)[] texts, Dictionary<string, string> documentTexts)
    {
        var files = texts
            .Select(f => OntologyFileParser.Parse(GeneratorHarness.Root + f.Name, f.Text))
            .ToList();
        Assert.All(files, f => Assert.Empty(f.Diagnostics));
        var result = Binder.Bind(files, new Documents(documentTexts));
        Assert.Empty(result.Diagnostics);
        var table = DeclarationBinder.Declare(files.Select(DeclarationBinder.Declarations)).Table;
        return (result, table);
    }

    private sealed class Documents : IDocumentSource
    {
        private readonly Dictionary<string, string> _texts;

        public Documents(Dictionary<string, string> texts) => _texts = texts;

        public string? GetText(string path) => _texts.TryGetValue(path, out var text) ? text : null;

        public string Missing(string path) => string.Empty;

        public (string Problem, string Allowed)? Refuse(string dataFile, string written) => null;
    }
}
