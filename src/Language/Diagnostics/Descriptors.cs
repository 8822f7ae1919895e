using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Language.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic of the ontology language (documented in docs/diagnostics.md): one descriptor per
/// id in <see cref="All"/>, and beside it each other wording of the same id (<see cref="KgDiagnosticDescriptor.Worded"/>).
/// Message formats take the names and values of the file as arguments and hold no format specifiers: numbers are
/// written by the caller (<c>N0</c> where a reader counts digits).
/// </summary>
public static partial class Descriptors
{
    public static readonly KgDiagnosticDescriptor InvalidYaml = Error(
        "KG0001", "Invalid YAML", "The file is not valid YAML: {0}",
        "The file is not valid YAML.");

    public static readonly KgDiagnosticDescriptor UnknownKey = Error(
        "KG0002", "Unknown key", "Unknown key '{0}' in {1}{2}",
        "A key that the section, type or entity does not have; the message suggests the closest one.");

    public static readonly KgDiagnosticDescriptor WrongShape = Error(
        "KG0003", "Value of the wrong shape", "{0} must be {1}, not {2}",
        "A value of the wrong shape.");

    public static readonly KgDiagnosticDescriptor InvalidValue = Error(
        "KG0004", "Invalid value", "'{0}' is not a valid {1} value for '{2}'{3}",
        "A value of a property that is not of its type (a `date` property too).");

    public static readonly KgDiagnosticDescriptor UnknownType = Error(
        "KG0005", "Unknown type", "Unknown type '{0}'{1}",
        "A type name (after `is`, in a property, role or relation, or as an entity's `type`) that no file declares.");

    public static readonly KgDiagnosticDescriptor UnknownRelation = Error(
        "KG0006", "Unknown relation", "Unknown relation '{0}'{1}",
        "A relation name in a fact or an entity's key that no file declares.");

    public static readonly KgDiagnosticDescriptor UnknownEntity = Error(
        "KG0007", "Unknown entity", "Unknown entity '{0}'{1}",
        "An entity or event id, in a fact, property or role, that no file declares (nor the graph, at run time).");

    public static readonly KgDiagnosticDescriptor UnknownEnumValue = Error(
        "KG0008", "Unknown enum value", "'{0}' is not a value of enum '{1}'{2}",
        "A value that is not a member of the enum its property takes.");

    public static readonly KgDiagnosticDescriptor UnknownDocument = Error(
        "KG0009", "Unknown document", "Unknown document '{0}'{1}",
        "A source or omitted passage that names a document no file declares under `documents`.");

    public static readonly KgDiagnosticDescriptor UnknownRole = Error(
        "KG0010", "Unknown role", "Type '{0}' has no role '{1}'{2}",
        "An `implies` or `ends` rule that names a role its event type does not have.");

    public static readonly KgDiagnosticDescriptor WrongEntityKind = Error(
        "KG0011", "Wrong kind of entity", "{0} must be {1}, but '{2}' is {3}",
        "An entity where one of another type is required: the subject or object of a relation, a property or a role.");

    public static readonly KgDiagnosticDescriptor MissingRequired = Error(
        "KG0012", "Missing required value", "{0} is missing required {1} '{2}'",
        "A required key, property or role that is not given.");

    public static readonly KgDiagnosticDescriptor TooManyValues = Error(
        "KG0013", "Too many values", "'{0}' takes a single value, but {1} values are given",
        "More than one value for a property or role that takes a single one; in RDF read by `GraphLoader.LoadRdf`, also a second `rdfs:label`, `rdfs:comment`, time, document path or title, `rdf:subject`/`rdf:predicate`/`rdf:object` of one subject, or source of an omitted passage.");

    public static readonly KgDiagnosticDescriptor InheritanceCycle = Error(
        "KG0014", "Cycle in 'is'", "Type '{0}' inherits from itself: {1}",
        "A cycle in `is`.");

    public static readonly KgDiagnosticDescriptor DuplicateName = Error(
        "KG0015", "Name declared twice", "{0} '{1}' is declared twice; the other declaration is at {2}",
        "A name declared twice (reported at both places), a relation named as a type or enum of another namespace (one IRI in RDF), or a value listed twice in one role.");

    public static readonly KgDiagnosticDescriptor DeclaredInCompiledCopy = DuplicateName.Worded(
        "{0} '{1}' is declared twice: a compiled file also named {2} declares it. If it is this file, the build compiled it because it lies among the project's *.kg.yaml files; keep a file you load at run time out of the build: move it out of the project folder, or add <KnowledgeGraphExcludes>$(KnowledgeGraphExcludes);path/to/{2}</KnowledgeGraphExcludes> to the project");

    /// <summary>KG0015 for a data file whose very text an earlier load added.</summary>
    public static readonly KgDiagnosticDescriptor TextLoadedBefore = DuplicateName.Worded(
        "This text was loaded before, from {0}, and what it holds is in the graph already; a data file is loaded once. Leave it out of this load, or edit it if it is meant to add something");

    /// <summary>KG0015 for a data file whose very text is given twice in one load.</summary>
    public static readonly KgDiagnosticDescriptor TextGivenTwice = DuplicateName.Worded(
        "This text is given twice in this load (also as {0}); a data file is loaded once: leave one of them out");

    public static readonly KgDiagnosticDescriptor QuoteNotFound = Error(
        "KG0016", "Quote not found in document", "The quote does not occur in document '{0}' ({1}): \"{2}\"{3}",
        "A quote that does not occur in its document.");

    public static readonly KgDiagnosticDescriptor InvalidDate = Error(
        "KG0017", "Invalid date", "'{0}' is not a valid date; write a year (2022), a month (2022-09), a day (2022-09-10) or an instant (2022-09-10T14:30:00Z){1}",
        "An invalid `date`, `start` or `end` of an event or fact, or `published` of a document.");

    public static readonly KgDiagnosticDescriptor InvalidIdentifier = Error(
        "KG0018", "Name cannot become a C# identifier", "'{0}' cannot become a C# identifier: {1}",
        "A name that cannot become a C# identifier.");

    public static readonly KgDiagnosticDescriptor IdentifierClash = Error(
        "KG0019", "Names map to the same C# identifier", "{0} '{1}' and '{2}' both become the C# identifier '{3}' in {4}",
        "Two names that become the same C# identifier.");

    public static readonly KgDiagnosticDescriptor DocumentNotFound = Error(
        "KG0020", "Document file not found", "{0} was not found (looked for '{1}'){2}",
        "A document's file was not found.");

    public static readonly KgDiagnosticDescriptor UnsupportedYaml = Error(
        "KG0021", "Unsupported YAML feature", "{0} are not supported in ontology files{1}",
        "Anchors, aliases, tags or several documents in a file.");

    public static readonly KgDiagnosticDescriptor ReservedName = Error(
        "KG0023", "Reserved name", "'{0}' is reserved for {1} and cannot be declared as {2}",
        "A reserved name.");

    public static readonly KgDiagnosticDescriptor LimitExceeded = Error(
        "KG0024", "Input limit exceeded", "The file has {0} characters, more than the limit of {1}",
        "An input limit exceeded.");

    public static readonly KgDiagnosticDescriptor InternalError = Error(
        "KG0025", "Internal error", "KnowledgeGraph failed on this input; please report it with the file: {0}",
        "An internal error of KnowledgeGraph.");

    public static readonly KgDiagnosticDescriptor DocumentOutsideFolder = Error(
        "KG0026", "Document outside the data file's folder", "The document path '{0}' {1}; a document must be in the folder of the file that names it or below it{2}",
        "A document outside the folder of the file that names it, at build time as at run time.");

    public static readonly KgDiagnosticDescriptor UnknownOmissionReason = Error(
        "KG0027", "Unknown reason for an omitted passage", "'{0}' is not a reason to leave a passage out; write one of {1}{2}",
        "An omitted passage with an unknown reason.");

    public static readonly KgDiagnosticDescriptor OmittedClaim = Warning(
        "KG0028", "An omitted passage states a number", "The omitted passage holds a number ('{0}'); the numbers a document states are modelled, not omitted: quote this passage as a source of what it says, or omit only the words around the number",
        "A warning: an omitted passage holds a number.");

    public static readonly KgDiagnosticDescriptor EndBeforeStart = Error(
        "KG0029", "End before start", "The end '{0}' is before the start '{1}'; swap them, or correct the one that is wrong",
        "An end before its start.");

    public static readonly KgDiagnosticDescriptor MisleadingText = Error(
        "KG0030", "Text that misleads the reader", "'{0}' looks the same as '{1}' (declared at {2}) but is written in other letters; rename one of them",
        "A name that reads as another: it mixes Latin, Greek and Cyrillic letters, or looks the same as a name of its scope written in other letters.");

    public static readonly KgDiagnosticDescriptor MixedScripts = MisleadingText.Worded(
        "'{0}' mixes {1} and {2} letters ('{3}' is {2}), so it reads as a name it is not; write every letter of a name in one script");

    public static readonly KgDiagnosticDescriptor InvalidEncoding = Error(
        "KG0031", "Text that is not valid UTF-8", "The file holds U+FFFD here, the character that stands for bytes that were not valid UTF-8 when it was read; save the file as UTF-8",
        "A data file or document that is not valid UTF-8 (a file with a UTF-16 byte-order mark is read as UTF-16); any U+FFFD (the replacement character) in one.");

    public static readonly KgDiagnosticDescriptor InvalidDocumentEncoding = InvalidEncoding.Worded(
        "The document '{0}' ({1}) holds U+FFFD at line {2}, column {3}, the character that stands for bytes that were not valid UTF-8 when it was read; save the file as UTF-8");

    public static readonly KgDiagnosticDescriptor InvalidRdf = Error(
        "KG0032", "Invalid RDF", "The file is not valid {0}: {1}",
        "RDF (N-Triples or Turtle) read by `GraphLoader.LoadRdf` that breaks its grammar, at the line and column where reading stopped.");

    public static readonly KgDiagnosticDescriptor RdfOutsideOntology = Error(
        "KG0033", "RDF that does not fit the ontology", "'{0}' is not a property of {1} that KnowledgeGraph reads (see \"RDF and OWL\" in the README)",
        "A triple that does not fit the ontology: a subject, class or predicate outside the base IRI and the vocabularies KnowledgeGraph writes, a literal where an entity is needed, a statement without its subject, predicate or object.");

    public static readonly KgDiagnosticDescriptor InvalidBuildProperty = Error(
        "KG0034", "Invalid MSBuild property", "The MSBuild property {0}: {1}",
        "An MSBuild property the generator reads has a value it cannot use (reported without a file); the generator goes on with the property's default.");

    public static readonly KgDiagnosticDescriptor SchemaAtRunTime = Error(
        "KG0035", "Schema in a file loaded at run time", "'{0}' declares schema; files loaded at run time may hold only documents, entities, events, facts and omitted passages (schema changes need a rebuild)",
        "A file loaded at run time declares schema.");

    public static readonly KgDiagnosticDescriptor EventOnlyDeclaration = Error(
        "KG0036", "Roles or rules on a type that is not an event", "Only event types have roles; '{0}' is {1}, so declare '{2}' under 'properties'",
        "Roles, `implies` or `ends` on a type that is not an event.");

    public static readonly KgDiagnosticDescriptor ImpliesOnNonEvent = EventOnlyDeclaration.Worded(
        "Only event types imply facts; '{0}' is {1}");

    public static readonly KgDiagnosticDescriptor EndsOnNonEvent = EventOnlyDeclaration.Worded(
        "Only event types end facts; '{0}' is {1}");

    public static readonly KgDiagnosticDescriptor EnumAsType = Error(
        "KG0037", "An enum where a type is needed", "'{0}' is an enum and cannot be used as {1}",
        "An enum named where a type is needed.");

    public static readonly KgDiagnosticDescriptor DefaultNotAllowed = Error(
        "KG0038", "A default where none can be", "Only single scalar or enum properties can have a default; '{0}' is {1}",
        "A default on a property that cannot have one.");

    public static readonly KgDiagnosticDescriptor EndingRuleInvalid = Error(
        "KG0039", "An ends rule that cannot apply", "'{0}' is not a lasting relation, so its facts have no end to set; declare it with 'lasting: true' or end another relation",
        "An `ends` rule that cannot apply.");

    public static readonly KgDiagnosticDescriptor EndingNamesNoRole = EndingRuleInvalid.Worded(
        "The rule ending '{0}' names no role; say whose facts it ends ('* -> of' ends every fact of it about the place in role 'of')");

    public static readonly KgDiagnosticDescriptor PropertyCycle = Error(
        "KG0040", "Properties that form a cycle", "Properties form a cycle ({0}); state one direction as a relation instead",
        "Properties whose values name each other in a cycle.");

    public static readonly KgDiagnosticDescriptor DateAndInterval = Error(
        "KG0041", "Both a date and an interval", "{0} has both 'date' and 'start'/'end'; give either one date or an interval",
        "An event or fact with both `date` and `start`/`end`; in RDF, `sem:hasTimeStamp` beside `sem:hasBeginTimeStamp` or `sem:hasEndTimeStamp`.");

    public static readonly KgDiagnosticDescriptor TypeNotAllowed = Error(
        "KG0042", "A type this entity or event cannot have", "'{0}' is a built-in kind; give '{1}' a type declared under 'types'",
        "A type an entity or event cannot have.");

    public static readonly KgDiagnosticDescriptor EventOfEntityType = TypeNotAllowed.Worded(
        "Event '{0}' has type '{1}', which is {2}, not an Event; declare it under 'entities'");

    public static readonly KgDiagnosticDescriptor EntityOfEventType = TypeNotAllowed.Worded(
        "Entity '{0}' has the event type '{1}'; declare it under 'events'");

    public static readonly KgDiagnosticDescriptor AbstractType = TypeNotAllowed.Worded(
        "Type '{0}' is abstract; give '{1}' one of its concrete subtypes");

    public static readonly KgDiagnosticDescriptor FactStatedTwice = Warning(
        "KG0043", "A fact stated twice", "The fact '{0}' is stated again in this file; it was first stated at {1}. The two statements make one fact: give all their sources in the 'sources' of one of them and remove the other",
        "A warning: the same fact stated twice in one file in the same form (both under `facts:`, or both relation keys), at the same time.");

    public static readonly KgDiagnosticDescriptor FactKeyRepeated = FactStatedTwice.Worded(
        "The fact '{0}' is stated again in this file; it was first stated at {1}. Remove this one: a fact stated twice is one fact");

    public static readonly KgDiagnosticDescriptor UnusedDocument = Warning(
        "KG0044", "A document nothing quotes", "Document '{0}' is declared, but no source quotes it and no omitted passage names it; quote it, or remove it",
        "A warning: a document that no source quotes and no omitted passage names, in any file of the build (or of a run-time load).");

    public static IReadOnlyList<KgDiagnosticDescriptor> All { get; } = new[]
    {
        InvalidYaml, UnknownKey, WrongShape, InvalidValue, UnknownType, UnknownRelation, UnknownEntity,
        UnknownEnumValue, UnknownDocument, UnknownRole, WrongEntityKind, MissingRequired, TooManyValues,
        InheritanceCycle, DuplicateName, QuoteNotFound, InvalidDate, InvalidIdentifier, IdentifierClash,
        DocumentNotFound, UnsupportedYaml, ReservedName, LimitExceeded, InternalError, DocumentOutsideFolder,
        UnknownOmissionReason, OmittedClaim, EndBeforeStart, MisleadingText, InvalidEncoding,
        InvalidRdf, RdfOutsideOntology, InvalidBuildProperty, SchemaAtRunTime, EventOnlyDeclaration, EnumAsType, DefaultNotAllowed,
        EndingRuleInvalid, PropertyCycle, DateAndInterval, TypeNotAllowed, FactStatedTwice, UnusedDocument,
    };

    /// <summary>The descriptor of <paramref name="id"/> in <see cref="All"/>: its title, severity and help.</summary>
    public static KgDiagnosticDescriptor Find(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new ArgumentException($"No diagnostic has the id '{id}'", nameof(id));

    private static KgDiagnosticDescriptor Error(string id, string title, string format, string description) =>
        new(id, title, KgSeverity.Error, format) { Description = description };

    private static KgDiagnosticDescriptor Warning(string id, string title, string format, string description) =>
        new(id, title, KgSeverity.Warning, format) { Description = description };
}
