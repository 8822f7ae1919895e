using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>Every generated source of an ontology that uses each construct of the language, approved by eye.</summary>
public sealed class SnapshotTests
{
    internal const string Schema = """
        namespace: Demo.Schema
        enums:
          Side: [north, South]
        types:
          State: { is: Actor }
          Unit:
            is: Actor
            doc: A military unit.
            properties:
              state: State
              side: Side
              nickname: string?
              strength: int = 100
              commanders: string*
              bases: Place+
          Town:
            is: Place
            properties:
              population: long?
              founded: date?
              website: uri?
              area: double?
              budget: decimal?
              lastCensus: datetime?
              railwayHub: bool = false
          Land: { is: Place, abstract: true }
          Outpost: { is: Place }
          Country: { is: Land, mixins: [State] }
          Retreat:
            is: Event
            roles:
              by: Unit
              from: Place+
              to: Place?
            implies:
              leftPlace: by -> from
              movedTo: by -> to
            ends:
              holds: "* -> from"
        relations:
          holds: { from: Actor, to: Place, lasting: true }
          leftPlace: { from: Actor, to: Place, label: left, inverse: leftBy }
          movedTo: { from: Unit, to: Place }
          partOf: { from: Place, to: Place, label: is part of, inverse: contains, transitive: true }
        """;

    internal const string Data = """
        namespace: Demo.Data
        documents:
          report: { path: report.txt, title: Field report, published: 2022-09 }
        entities:
          homeland: { type: Country, name: Homeland }
          north: { type: Town, name: North Town, aliases: [Nord], population: 1200, railwayHub: true, partOf: homeland }
          first:
            type: Unit
            name: First unit
            state: homeland
            side: South
            commanders: [Ann, Bo]
            bases: [north]
        events:
          retreat:
            type: Retreat
            by: first
            from: north
            to: homeland
            start: 2022-09-10
            end: 2022-09-11T18:00:00Z
            source: { document: report, quote: "the first unit left  North Town" }
        facts:
          - first leftPlace homeland
          - subject: homeland
            relation: contains
            object: north
            date: 2022
            source: { document: report, quote: "North Town lies in the Homeland" }
        omitted:
          - { document: report, quote: Report., reason: heading, note: the report's title line }
        """;

    internal const string Report = "Report.\nIn the night the first unit left\nNorth Town. North Town lies in the Homeland.\n";

    public static IEnumerable<object[]> GeneratedFiles() => Run().Sources.Select(s => new object[] { s.HintName });

    [Fact]
    public void Generates_one_file_per_namespace_and_kind_of_declaration()
    {
        var hints = Run().Sources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "Demo.Data.DataGraph.g.cs", "Demo.Data.Instances.g.cs",
                "Demo.Schema.Enums.g.cs", "Demo.Schema.GraphQueries.g.cs", "Demo.Schema.Relations.g.cs", "Demo.Schema.Types.g.cs",
                "KnowledgeGraph.Generated.CompiledOntology.g.cs", "KnowledgeGraph.Generated.DataData.g.cs",
            },
            hints);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_source_matches_its_approved_snapshot(string hintName) =>
        Snapshot.Match("Constructs." + hintName.Replace(".g.cs", string.Empty), Run().Source(hintName));

    [Fact]
    public void Construct_ontology_compiles_cleanly_and_has_no_diagnostics()
    {
        var run = Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static GeneratorRun Run() => GeneratorHarness.Run(("schema.kg.yaml", Schema), ("data.kg.yaml", Data), ("report.txt", Report));
}
