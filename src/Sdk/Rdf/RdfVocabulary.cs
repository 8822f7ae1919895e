namespace KnowledgeGraph.Rdf;

/// <summary>The IRIs of the standard vocabularies the exports use.</summary>
public static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Oa = "http://www.w3.org/ns/oa#";
    public const string DcTerms = "http://purl.org/dc/terms/";

    public const string RdfType = Rdf + "type";
    public const string RdfFirst = Rdf + "first";
    public const string RdfRest = Rdf + "rest";
    public const string RdfNil = Rdf + "nil";
    public const string RdfLangString = Rdf + "langString";
    public const string RdfStatement = Rdf + "Statement";
    public const string RdfSubject = Rdf + "subject";
    public const string RdfPredicate = Rdf + "predicate";
    public const string RdfObject = Rdf + "object";
    public const string XsdString = Xsd + "string";
    public const string XsdBoolean = Xsd + "boolean";
    public const string XsdInteger = Xsd + "integer";
    public const string XsdDecimal = Xsd + "decimal";
    public const string XsdDouble = Xsd + "double";
}
