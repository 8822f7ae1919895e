namespace KnowledgeGraph.Rdf;

/// <summary>What an RDF load held while it read: its triples, and the most and the last 64 kB blocks of them in memory.</summary>
internal readonly record struct RdfReadingFigures(int Triples, int MostBlocksHeld, int BlocksHeldAtEnd);
