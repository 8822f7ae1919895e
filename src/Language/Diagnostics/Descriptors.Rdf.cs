namespace KnowledgeGraph.Language.Diagnostics;

public static partial class Descriptors
{
    /// <summary>The wordings of KG0033: RDF that reads well but does not fit the ontology, or does not say what the graph holds.</summary>
    public static class Rdf
    {
        public static readonly KgDiagnosticDescriptor UnreadProperty = RdfOutsideOntology;

        public static readonly KgDiagnosticDescriptor NoSubjectUnderBase = RdfOutsideOntology.Worded(
            "No subject of the file is under the base IRI '{0}'; was it written with another base? Pass it as RdfOptions.BaseIri");

        public static readonly KgDiagnosticDescriptor SubjectOutsideBase = RdfOutsideOntology.Worded(
            "'{0}' is neither an entity or event (under '{1}') nor a document (under '{2}'); check the base IRI (RdfOptions.BaseIri)");

        public static readonly KgDiagnosticDescriptor NameNotCanonical = RdfOutsideOntology.Worded(
            "'{0}' is under the base IRI, but names its entity or document in another form than the one KnowledgeGraph reads: write <{1}> (letters, digits, '_' and '-' as they are, everything else percent-encoded as UTF-8)");

        public static readonly KgDiagnosticDescriptor BlankEntity = RdfOutsideOntology.Worded(
            "An entity or event must have an IRI (under '{0}'), not be a blank node ('_:{1}')");

        public static readonly KgDiagnosticDescriptor UnreadBlankNode = RdfOutsideOntology.Worded(
            "Nothing reads the blank node '_:{0}': it is not an rdf:Statement, a kg:Omission or a source (prov:wasDerivedFrom)");

        public static readonly KgDiagnosticDescriptor SeveralTypes = RdfOutsideOntology.Worded(
            "'{0}' has {1} types ({2}); an entity or event has one type");

        public static readonly KgDiagnosticDescriptor TypeOutsideOntology = RdfOutsideOntology.Worded(
            "The type of '{0}' is '{1}', which is not a type of the ontology (under '{2}')");

        public static readonly KgDiagnosticDescriptor MemberOfAnotherIri = RdfOutsideOntology.Worded(
            "'{0}' of {1} is <{2}>, not <{3}>");

        public static readonly KgDiagnosticDescriptor Untyped = RdfOutsideOntology.Worded(
            "'{0}' has no rdf:type here, so it may only be the subject of relations, not of '{1}'; give it its type, or leave the triple out");

        public static readonly KgDiagnosticDescriptor CompiledNotInBuilder = RdfOutsideOntology.Worded(
            "'{0}' is compiled (or was loaded before) but is not in this graph builder; load onto the builder the generated CreateBuilder() makes, which holds the compiled data");

        public static readonly KgDiagnosticDescriptor KnownWithoutSource = RdfOutsideOntology.Worded(
            "'{0}' is in the graph already, without the source \"{1}\" of '{2}'; a file cannot change what is known: change it where '{0}' is declared");

        public static readonly KgDiagnosticDescriptor KnownWithoutTriple = RdfOutsideOntology.Worded(
            "'{0}' is in the graph already, which does not say <{1}> {2}; a file cannot change what is known: change it where '{0}' is declared");

        public static readonly KgDiagnosticDescriptor KnownOmissionDiffers = RdfOutsideOntology.Worded(
            "The omitted passage \"{0}\" of '{1}' is in the graph already, with the reason {2} and the note {3}; a file cannot change what is known: change it where the passage is omitted");

        public static readonly KgDiagnosticDescriptor StatementIncomplete = RdfOutsideOntology.Worded(
            "This rdf:Statement has no {0}: a statement needs rdf:subject, rdf:predicate and rdf:object");

        public static readonly KgDiagnosticDescriptor StatementNotAsserted = RdfOutsideOntology.Worded(
            "This rdf:Statement describes the triple {0} {1} {2}, which the file does not state; a statement asserts nothing itself, so state the triple too (as RdfExport writes it), or leave the statement out");

        public static readonly KgDiagnosticDescriptor ImpliedByNoEvent = RdfOutsideOntology.Worded(
            "kg:impliedBy names {0}, which is no event of this file or of the graph");

        public static readonly KgDiagnosticDescriptor SourceIncomplete = RdfOutsideOntology.Worded(
            "A source needs one oa:hasSource (the document) and one selector with oa:exact (the quote)");

        public static readonly KgDiagnosticDescriptor EntityNotLiteral = RdfOutsideOntology.Worded(
            "{0} is an entity, named by its IRI (<{1}>), not the literal {2}");

        public static readonly KgDiagnosticDescriptor EntityNotBlankNode = RdfOutsideOntology.Worded(
            "{0} is an entity, named by its IRI (under '{1}'), not a blank node");

        public static readonly KgDiagnosticDescriptor EnumMemberOfAnotherIri = RdfOutsideOntology.Worded(
            "{0} is a member of enum {1} (<{2}>), not <{3}>");

        public static readonly KgDiagnosticDescriptor EnumMemberNotLiteral = RdfOutsideOntology.Worded(
            "{0} is a member of enum {1}, named by its IRI (<{2}>), not {3}");

        public static readonly KgDiagnosticDescriptor WrongLiteral = RdfOutsideOntology.Worded(
            "{0} is {1}, not {2}");

        public static readonly KgDiagnosticDescriptor LiteralNeeded = RdfOutsideOntology.Worded(
            "'{0}' takes a literal, not {1}");

        public static readonly KgDiagnosticDescriptor InvalidValueEncoding = InvalidEncoding.Worded(
            "The value that starts here holds U+FFFD, the character that stands for bytes that were not valid UTF-8 when it was read; save the file as UTF-8");
    }
}
