using System;
using System.Collections.Generic;
using System.Linq;
using Conflict;
using Izyum;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>
/// The samples' questions twice: in SPARQL over the exported seed graph, by labels alone, and through the typed API.
/// A store that reads the export answers each question as the API does.
/// </summary>
internal static class SeedQuestions
{
    private const string Prefixes = """
        PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
        PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX oa:   <http://www.w3.org/ns/oa#>
        PREFIX ont:  <http://example.org/kg/schema/>

        """;

    // rasqal reads no dot inside a prefixed name (ont:Side.Ukraine), so such IRIs are written in full.
    // rasqal has no property paths (ont:partOf+): the closure is spelt out to the depth of the seed's places.

    /// <summary>Each question's name, its SPARQL query (one variable, <c>?answer</c>) and the typed API's answers.</summary>
    public static IEnumerable<(string Name, string Sparql, Func<Graph, IEnumerable<string>> Typed)> All()
    {
        yield return ("who withdrew from Izyum", Prefixes + """
            SELECT DISTINCT ?answer WHERE { ?who ont:withdrewFrom ?place . ?place rdfs:label "Izyum" . ?who rdfs:label ?answer }
            """, g => g.AbandonedBy(Entities.Izyum).Select(e => e.Name));

        yield return ("where did they regroup to", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?forces ont:withdrewFrom ?place ; a ont:ArmedForces ; ont:regroupedTo ?to .
              ?place rdfs:label "Izyum" . ?to rdfs:label ?answer }
            """, g => g.AbandonedBy(Entities.Izyum).OfType<ArmedForces>().SelectMany(f => g.RegroupedTo(f)).Select(e => e.Name));

        yield return ("what Ukraine took control of", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?forces ont:tookControlOf ?place ; <http://example.org/kg/schema/ArmedForces.side> <http://example.org/kg/schema/Side.Ukraine> . ?place rdfs:label ?answer }
            """, g => g.Facts<TookControlOf>().Where(f => f.Subject is ArmedForces { Side: Side.Ukraine }).Select(f => f.Object.Name));

        foreach (var day in new[] { new DateOnly(2022, 8, 1), new DateOnly(2022, 9, 20) })
        {
            yield return ($"who controlled Izyum on {day:yyyy-MM-dd}", Prefixes + $$"""
                SELECT DISTINCT ?answer WHERE {
                  ?fact rdf:subject ?who ; rdf:predicate ont:controls ; rdf:object ?place ; sem:hasEarliestBeginTimeStamp ?from .
                  ?place rdfs:label "Izyum" . ?who rdfs:label ?answer .
                  OPTIONAL { ?fact sem:hasLatestEndTimeStamp ?until }
                  FILTER (?from <= "{{day:yyyy-MM-dd}}"^^xsd:date && (!BOUND(?until) || ?until >= "{{day:yyyy-MM-dd}}"^^xsd:date)) }
                """, g => g.In<Controls>(Entities.Izyum).AsOf(day).Select(f => f.Subject.Name));
        }

        yield return ("which sentence says Russian forces withdrew from Izyum", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?fact rdf:subject ?who ; rdf:predicate ont:withdrewFrom ; rdf:object ?place ; prov:wasDerivedFrom ?source .
              ?who rdfs:label "Russian forces" . ?place rdfs:label "Izyum" .
              ?source oa:hasSelector ?selector . ?selector oa:exact ?answer }
            """, g => g.SourcesOf<WithdrewFrom>(Entities.RussianForces, Entities.Izyum).Select(s => s.Quote));

        yield return ("what happened in the Kharkiv region between 6 and 11 September 2022", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?region rdfs:label "Kharkiv region" .
              { ?event ?role ?region } UNION { ?event ?role ?place . ?place ont:partOf ?region }
              UNION { ?event ?role ?place . ?place ont:partOf ?a . ?a ont:partOf ?region }
              ?event sem:hasEarliestBeginTimeStamp ?from ; rdfs:label ?answer .
              OPTIONAL { ?event sem:hasLatestEndTimeStamp ?until }
              FILTER (?from <= "2022-09-11"^^xsd:date && (!BOUND(?until) || ?until >= "2022-09-06"^^xsd:date)) }
            """, g => g.EventsIn(Entities.KharkivRegion, new DateOnly(2022, 9, 6), new DateOnly(2022, 9, 11)).Select(e => e.Name));

        yield return ("what the Kharkiv region contains", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?region rdfs:label "Kharkiv region" .
              { ?part ont:partOf ?region } UNION { ?part ont:partOf ?a . ?a ont:partOf ?region }
              UNION { ?part ont:partOf ?a . ?a ont:partOf ?b . ?b ont:partOf ?region }
              ?part rdfs:label ?answer }
            """, g => g.InverseClosure<PartOf>(Entities.KharkivRegion).Select(e => e.Name));

        yield return ("what Izyum is part of", Prefixes + """
            SELECT DISTINCT ?answer WHERE {
              ?izyum rdfs:label "Izyum" .
              { ?izyum ont:partOf ?whole } UNION { ?izyum ont:partOf ?a . ?a ont:partOf ?whole }
              UNION { ?izyum ont:partOf ?a . ?a ont:partOf ?b . ?b ont:partOf ?whole }
              ?whole rdfs:label ?answer }
            """, g => g.Closure<PartOf>(Entities.Izyum).Select(e => e.Name));
    }
}
