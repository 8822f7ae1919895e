#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj

// Write the seed graph as RDF (Turtle) and its ontology as OWL, for triple stores and SPARQL:
// dotnet run samples/export-rdf.cs -- OUT   (OUT defaults to a folder in the temp directory)
using System;
using System.IO;
using Izyum;
using KnowledgeGraph.Rdf;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "izyum-rdf"));
Directory.CreateDirectory(output);
var graphFile = Path.Combine(output, "izyum.ttl");
using (var stream = File.Create(graphFile))
{
    RdfExport.WriteGraph(IzyumGraph.Create(), IzyumGraph.Schema, stream, RdfFormat.Turtle);
}

var ontologyFile = Path.Combine(output, "ontology.ttl");
using (var stream = File.Create(ontologyFile))
{
    RdfExport.WriteOntology(IzyumGraph.Schema, stream);
}

Console.WriteLine($"Wrote {graphFile} ({new FileInfo(graphFile).Length:N0} bytes) and {ontologyFile} ({new FileInfo(ontologyFile).Length:N0} bytes).");
Console.WriteLine();
Console.WriteLine("Who withdrew from Izyum, and when? Try it with rasqal's roqet (Debian: rasqal-utils):");
Console.WriteLine();
Console.WriteLine($"roqet -q -D '{graphFile}' -e '");
Console.WriteLine($$"""
    PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
    PREFIX ont:  <{{IzyumGraph.Schema.RdfOptions.BaseIri}}schema/>
    SELECT ?who ?when WHERE {
      ?fact rdf:subject ?actor ; rdf:predicate ont:withdrewFrom ; rdf:object ?place .
      ?place rdfs:label "Izyum" .
      ?actor rdfs:label ?who .
      OPTIONAL { ?fact sem:hasTimeStamp ?when }
    } ORDER BY ?who'
    """);
