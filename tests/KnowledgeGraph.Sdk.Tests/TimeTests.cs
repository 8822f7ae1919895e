using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>What was true when: lasting relations, events that end them, dates of any precision, events by participant.</summary>
public sealed class TimeTests : IDisposable
{
    private static readonly Graph Seed = IzyumGraph.Create();

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-time-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("0001-01-01", 3)]
    [InlineData("1999-12-25", 500)]   // a month's end, a year's end and leap days on the way
    [InlineData("9999-12-20", 12)]    // up to the last day, whose period ends at DateTimeOffset.MaxValue
    public void A_day_ends_where_the_next_day_begins(string first, int days)
    {
        var start = DateOnly.ParseExact(first, "yyyy-MM-dd");
        for (var i = 0; i < days && start.DayNumber + i <= DateOnly.MaxValue.DayNumber; i++)
        {
            var day = start.AddDays(i);
            var date = PartialDate.Parse(day.ToString("yyyy-MM-dd"));
            var expected = day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            Assert.Equal((DatePrecision.Day, expected), (date.Precision, date.End));
            Assert.True(TimeExtent.On(date).Overlaps(date.Earliest, date.Earliest.AddTicks(1)), day.ToString());
        }
    }

    /// <summary>
    /// Months and days are read digit by digit: every text of those lengths read as the framework's exact parser reads
    /// it, edge cases written out and the rest drawn at random (digits, signs, spaces, letters and non-ASCII digits).
    /// </summary>
    [Fact]
    public void A_month_or_a_day_reads_as_the_frameworks_exact_parser_reads_it()
    {
        var texts = new List<string>
        {
            "2021-02-28", "2021-02-29", "2020-02-29", "2100-02-29", "2000-02-29", "2021-04-31", "2021-12-31", "2021-13-01",
            "2021-00-10", "2021-01-00", "0000-01-01", "0001-01-01", "9999-12-31", "2021-1-011", "2021/01/01", " 2021-01-1",
            "2021-01-1 ", "+021-01-01", "-021-01-01", "２０２１-01-01", "2021-٠١-01", "2021-02", "2021-13", "2021-00", "0000-01",
            "0001-01", "2021 01", "2021-0a", "2021-+1",
        };
        var random = new Random(20261126);
        const string alphabet = "0123456789-0123456789 +a٣";
        for (var i = 0; i < 20000; i++)
        {
            var chars = (random.Next(2) == 0 ? "dddd-dd-dd" : "dddd-dd").ToCharArray();
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = random.Next(8) == 0 ? alphabet[random.Next(alphabet.Length)] : chars[c] == 'd' ? (char)('0' + random.Next(10)) : '-';
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts)
        {
            var format = text.Length == 7 ? "yyyy'-'MM" : "yyyy'-'MM'-'dd";
            var framework = DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
            var ours = PartialDate.TryParse(text, out var date);
            Assert.True(framework == ours, $"'{text}': the framework {(framework ? "reads" : "refuses")} it, we {(ours ? "read" : "refuse")} it");
            if (ours)
            {
                Assert.Equal(new DateTimeOffset(parsed, TimeSpan.Zero), date.Earliest);
                Assert.Equal(text.Length == 7 ? DatePrecision.Month : DatePrecision.Day, date.Precision);
            }
        }
    }

    [Fact]
    public void A_capture_then_a_liberation_that_ends_it_answers_who_controlled_the_place_before_during_and_after()
    {
        var graph = Load("""
            namespace: Kherson
            entities:
              kherson: { type: Settlement, name: Kherson }
            events:
              captureOfKherson: { type: Seizure, by: russianForces, of: kherson, date: 2022-03-02 }
              liberationOfKherson: { type: Liberation, by: ukrainianForces, of: kherson, date: 2022-11-11 }
            """);
        var kherson = graph.Get<Settlement>("kherson");
        string[] Controllers(int year, int month, int day) =>
            graph.In<Controls>(kherson).AsOf(new DateOnly(year, month, day)).Select(f => f.Subject.Name).ToArray();

        Assert.Empty(Controllers(2022, 2, 1));
        Assert.Equal(new[] { "Russian forces" }, Controllers(2022, 3, 2));
        Assert.Equal(new[] { "Russian forces" }, Controllers(2022, 10, 1));
        Assert.Equal(new[] { "Russian forces", "Ukrainian forces" }, Controllers(2022, 11, 11)); // the day it changed hands
        Assert.Equal(new[] { "Ukrainian forces" }, Controllers(2022, 11, 20));
        Assert.Equal(new[] { "Ukrainian forces" }, Controllers(2030, 1, 1));
        Assert.Equal(new[] { "Russian forces" }, graph.In<Controls>(kherson).During(new(2022, 10, 1), new(2022, 10, 31)).Select(f => f.Subject.Name));

        var russian = graph.In<Controls>(kherson).Single(f => f.Subject == Entities.RussianForces);
        Assert.Equal("2022-03-02 – 2022-11-11", russian.Time!.ToString());
        Assert.Equal("liberationOfKherson", russian.Details.EndedBy!.Id);
        Assert.Equal("captureOfKherson", russian.Details.ImpliedBy!.Id);
        var ukrainian = graph.In<Controls>(kherson).Single(f => f.Subject == Entities.UkrainianForces);
        Assert.Equal("2022-11-11 – …", ukrainian.Time!.ToString());
        Assert.Null(ukrainian.Details.EndedBy);
        Assert.True(Controls.Info.IsLasting);
        Assert.False(TookControlOf.Info.IsLasting);
        // A momentary relation holds at its date alone.
        Assert.Empty(graph.In<TookControlOf>(kherson).AsOf(new DateOnly(2022, 10, 1)));
    }

    [Fact]
    public void The_seed_says_who_controlled_Izyum_in_August_and_in_late_September_2022()
    {
        Assert.Equal(new IActor[] { Entities.RussianForces }, Seed.In<Controls>(Entities.Izyum).AsOf(new DateOnly(2022, 8, 1)).Subjects());
        Assert.Equal(new IActor[] { Entities.UkrainianForces }, Seed.In<Controls>(Entities.Izyum).AsOf(new DateOnly(2022, 9, 20)).Subjects());
        Assert.Same(Events.LiberationOfIzyum, Seed.In<Controls>(Entities.Izyum).Single(f => f.Subject == Entities.RussianForces).Details.EndedBy);
    }

    [Fact]
    public void Lasting_facts_from_entity_keys_and_from_the_facts_section_start_at_their_date_and_end_at_a_later_capture()
    {
        var graph = Load("""
            namespace: Kherson
            entities:
              kherson: { type: Settlement, controlledBy: russianForces }
              nova: { type: Settlement }
            events:
              liberationOfKherson: { type: Liberation, by: ukrainianForces, of: kherson, date: 2022-11-11 }
              liberationOfNova: { type: Liberation, by: ukrainianForces, of: nova, date: 2022-11 }
            facts:
              - subject: russianForces
                relation: controls
                object: nova
                date: 2022-03
            """);
        var kherson = graph.Get<Settlement>("kherson");
        var nova = graph.Get<Settlement>("nova");

        var keyFact = graph.In<Controls>(kherson).Single(f => f.Subject == Entities.RussianForces);
        Assert.Equal(FactOrigin.EntityKey, keyFact.Origin);
        Assert.Equal("… – 2022-11-11", keyFact.Time!.ToString()); // undated: held as far back as the graph knows
        Assert.Contains(Entities.RussianForces, graph.In<Controls>(kherson).AsOf(new DateOnly(2021, 1, 1)).Subjects());
        Assert.DoesNotContain(Entities.RussianForces, graph.In<Controls>(kherson).AsOf(new DateOnly(2022, 12, 1)).Subjects());

        var stated = graph.In<Controls>(nova).Single(f => f.Subject == Entities.RussianForces);
        Assert.Equal("2022-03 – 2022-11", stated.Time!.ToString()); // 'date' of a lasting fact is when it began
        Assert.Equal(new IActor[] { Entities.RussianForces }, graph.In<Controls>(nova).AsOf(new DateOnly(2022, 7, 1)).Subjects());
    }

    [Fact]
    public void A_stated_fact_that_an_event_also_implies_is_one_fact_and_an_event_renews_its_own_side_s_control()
    {
        File.WriteAllText(Path.Combine(_folder, "note.txt"), "Russian forces took Kherson on 2 March.");
        var graph = Load("""
            namespace: Kherson
            documents:
              note: { path: note.txt }
            entities:
              kherson: { type: Settlement }
            events:
              captureOfKherson: { type: Seizure, by: russianForces, of: kherson, date: 2022-03-02 }
              liberationOfKherson: { type: Liberation, by: ukrainianForces, of: kherson, date: 2022-11-11 }
            facts:
              - subject: russianForces
                relation: controls
                object: kherson
                date: 2022-03-02
                source: { document: note, quote: Russian forces took Kherson }
              - subject: russianForces
                relation: controls
                object: kherson
                date: 2022-01
            """);
        var kherson = graph.Get<Settlement>("kherson");

        var russian = graph.In<Controls>(kherson).Where(f => f.Subject == Entities.RussianForces).InTimeOrder().ToList();
        Assert.Equal(2, russian.Count);
        // Stated from January: not ended by Russia's own capture in March (which renews it), ended by the liberation.
        Assert.Equal(("2022-01 – 2022-11-11", "liberationOfKherson"), (russian[0].Time!.ToString(), russian[0].Details.EndedBy!.Id));
        // Stated on the day of the capture that implies it: one fact, implied by the capture, with the stated source too.
        Assert.Equal((FactOrigin.Implied, "captureOfKherson", "2022-03-02 – 2022-11-11"), (russian[1].Origin, russian[1].Details.ImpliedBy!.Id, russian[1].Time!.ToString()));
        Assert.Equal(new[] { "Russian forces took Kherson" }, russian[1].Sources.Select(s => s.Quote));
    }

    [Fact]
    public void An_ending_event_dated_less_precisely_still_ends_a_fact_and_never_lengthens_one_that_ends_on_its_own()
    {
        var graph = Load("""
            namespace: Kherson
            entities:
              kherson: { type: Settlement }
              nova: { type: Settlement }
            events:
              captureOfKherson: { type: Seizure, by: russianForces, of: kherson, date: 2022-03-15 }
              liberationOfKherson: { type: Liberation, by: ukrainianForces, of: kherson, date: 2022-03 }
              liberationOfNova: { type: Liberation, by: ukrainianForces, of: nova, date: 2022 }
            facts:
              - { subject: russianForces, relation: controls, object: nova, start: 2021, end: 2022-02-01 }
            """);

        var kherson = graph.In<Controls>(graph.Get<Settlement>("kherson")).Single(f => f.Subject == Entities.RussianForces);
        Assert.Equal(("2022-03-15 – 2022-03", "liberationOfKherson"), (kherson.Time!.ToString(), kherson.Details.EndedBy!.Id));
        var nova = graph.In<Controls>(graph.Get<Settlement>("nova")).Single(f => f.Subject == Entities.RussianForces);
        Assert.Equal("2021 – 2022-02-01", nova.Time!.ToString()); // the liberation, known only to the year, would end it later
        Assert.Null(nova.Details.EndedBy);
    }

    [Fact]
    public void Date_properties_keep_the_precision_they_were_given_compiled_and_loaded()
    {
        Assert.Equal(new PartialDate(1991, 12), Entities.UkrainianForces.Founded);
        Assert.Equal(DatePrecision.Month, Entities.UkrainianForces.Founded!.Value.Precision);
        Assert.Null(Entities.RussianForces.Founded);

        var graph = Load("""
            namespace: Units
            entities:
              oldRegiment: { type: ArmedForces, state: russia, side: Russia, founded: 1851 }
              newBrigade: { type: ArmedForces, state: ukraine, side: Ukraine, founded: 2022-02-24 }
              someUnit: { type: ArmedForces, state: ukraine, side: Ukraine }
            """);
        Assert.Equal(new PartialDate(1851), graph.Get<ArmedForces>("oldRegiment").Founded);
        Assert.Equal(DatePrecision.Year, graph.Get<ArmedForces>("oldRegiment").Founded!.Value.Precision);
        Assert.Equal(new PartialDate(2022, 2, 24), graph.Get<ArmedForces>("newBrigade").Founded);
        Assert.Null(graph.Get<ArmedForces>("someUnit").Founded);

        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var wrong = loader.LoadText(Path.Combine(_folder, "w.kg.yaml"), "namespace: W\nentities:\n  x: { type: ArmedForces, state: russia, side: Russia, founded: 1991-13 }\n");
        var error = Assert.Single(wrong.Diagnostics);
        Assert.Equal(("KG0004", 3, 65), (error.Id, error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains("'1991-13' is not a valid date value for 'founded'; it is in that form, but there is no month 13", error.Message);
    }

    [Fact]
    public void The_events_an_entity_took_part_in_come_with_its_role_in_time_order()
    {
        var all = Seed.EventsOf(Entities.RussianForces);

        Assert.Contains(new Participation<Event>(Events.Withdrawal, "by"), all);
        Assert.Contains(new Participation<Event>(Events.PrisonersTaken, "from"), all);
        Assert.Contains(new Participation<Event>(Events.LiberationOfIzyum, "by"), Seed.EventsOf(Entities.UkrainianForces));
        Assert.Equal(all.Select(p => p.Event).InTimeOrder(), all.Select(p => p.Event));
        Assert.Equal(new[] { ("Russian withdrawal from Balakliya and Izyum", "by") }, Seed.EventsOf<Withdrawal>(Entities.RussianForces).Select(p => (p.Event.Name, p.Role)));
        Assert.Equal(new[] { "announcedBy" }, Seed.EventsOf<Withdrawal>(Entities.RussianMinistryOfDefense).Select(p => p.Role));
        Assert.Equal(new Capture[] { Events.SeizureOfIzyum, Events.LiberationOfIzyum }, Seed.EventsOf<Capture>(Entities.Izyum).Select(p => p.Event));
        Assert.DoesNotContain(Seed.EventsOf(Entities.Kyiv), p => p.Role == "by");

        // The same, generated on each event type.
        Assert.Equal(Seed.EventsOf<Withdrawal>(Entities.RussianForces), Withdrawal.Involving(Seed, Entities.RussianForces));
        Assert.Equal(new[] { ("Liberation of Izyum", "of") }, Liberation.Involving(Seed, Entities.Izyum).Select(p => (p.Event.Name, p.Role)));
        Assert.Equal(2, Capture.Involving(Seed, Entities.Izyum).Count());
    }

    [Fact]
    public void Events_queries_and_time_filters_answer_in_time_order()
    {
        Assert.Equal(Seed.Entities.OfType<Event>(), Seed.Events());
        var during = Seed.Events().During(new(2022, 1, 1), new(2022, 12, 31)).ToList();
        Assert.Equal(during.OrderBy(e => e.Time!.Earliest).ThenBy(e => e.Time!.Latest), during);
        var asOf = Seed.AllFacts.AsOf(new DateOnly(2022, 9, 10)).ToList();
        Assert.Equal(asOf.OrderBy(f => f.Time?.Earliest ?? DateTimeOffset.MinValue).ThenBy(f => f.Time?.Latest ?? DateTimeOffset.MinValue), asOf);
        Assert.Equal(new PartialDate(2022, 9), Events.PrisonersTaken.Start);
        Assert.Null(Events.PrisonersTaken.Date); // month precision: Date is for a known day, Start gives the partial date
    }

    [Fact]
    public void A_fact_stated_as_an_entity_key_and_under_facts_is_one_fact_with_both_sources()
    {
        File.WriteAllText(Path.Combine(_folder, "note.txt"), "Kupiansk lies in the Kharkiv region. Kupiansk is a Kharkiv region town.");
        var graph = Load("""
            namespace: Extra
            documents:
              note: { path: note.txt }
            entities:
              kupiansk: { type: Settlement, partOf: kharkivRegion }
            facts:
              - subject: kupiansk
                relation: partOf
                object: kharkivRegion
                source: { document: note, quote: Kupiansk lies in the Kharkiv region }
              - subject: kupiansk
                relation: partOf
                object: kharkivRegion
                source: { document: note, quote: Kupiansk is a Kharkiv region town }
              - subject: kupiansk
                relation: partOf
                object: kharkivRegion
                date: 2022
            """);
        var kupiansk = graph.Get<Settlement>("kupiansk");

        var fact = Assert.Single(graph.Out<PartOf>(kupiansk));
        Assert.Equal(FactOrigin.Stated, fact.Origin);
        Assert.Equal(new[] { "Kupiansk lies in the Kharkiv region", "Kupiansk is a Kharkiv region town" }, fact.Sources.Select(s => s.Quote));
        Assert.Equal("2022", fact.Time!.ToString()); // the undated statements join the dated one
        Assert.Equal(graph.AllFacts.Count, graph.Structure.EdgeCount);
    }

    private Graph Load(string yaml)
    {
        var loader = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder());
        var result = loader.LoadText(Path.Combine(_folder, "data.kg.yaml"), yaml);
        Assert.True(result.Succeeded, result.ToString());
        return loader.Builder.Build();
    }
}
