using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// The declaration step: takes what every file declares (its schema, and the names of its documents, entities and
/// events, but not their bodies), checks the names across files and binds the schema, and makes the symbol table
/// that each file's data is then bound against on its own.
/// </summary>
public static class DeclarationBinder
{
    /// <summary>
    /// What of a file the declaration step reads: everything but the bodies of its entities and events and its facts.
    /// An edit inside a body leaves it equal (unless it moves a later declaration).
    /// </summary>
    public static OntologyFileSyntax Declarations(OntologyFileSyntax file) => file with
    {
        // A compact file keeps its instances' headers apart, read here anew: they live only while they are declared.
        Entities = file.Compact?.Headers(events: false) ?? file.Entities.Select(i => i.Header()).ToEquatableArray(),
        Events = file.Compact?.Headers(events: true) ?? file.Events.Select(i => i.Header()).ToEquatableArray(),
        Facts = file.Facts.IsEmpty ? default : new[] { file.Facts[0] }.ToEquatableArray(), // keeps DeclaresData
        Omissions = file.Omissions.IsEmpty ? default : new[] { file.Omissions[0] }.ToEquatableArray(), // the same
        Diagnostics = default,
    };

    /// <summary>What of a file the schema step reads: its namespace, enums, types and relations.</summary>
    public static OntologyFileSyntax SchemaDeclarations(OntologyFileSyntax file) => file with
    {
        Compact = null,
        Documents = default,
        Entities = default,
        Events = default,
        Facts = default,
        Omissions = default,
        Diagnostics = default,
    };

    /// <summary>What of a file the data declaration step reads: its namespace, and the names of its documents, entities and events.</summary>
    public static OntologyFileSyntax DataDeclarations(OntologyFileSyntax file) => Declarations(file) with
    {
        Enums = default,
        Types = default,
        Relations = default,
    };

    /// <summary>
    /// What of a file's data declarations the symbol table is made of: the names alone, each at a place known only by
    /// its file. An edit that changes a value, or only moves text, leaves it equal, so the table is not declared again;
    /// where a declaration is reported, <see cref="DataDeclarations"/> (located) is declared again for its diagnostics.
    /// </summary>
    public static OntologyFileSyntax DataNames(OntologyFileSyntax dataDeclarations)
    {
        var nowhere = SourceSpan.FileOnly(dataDeclarations.Path);
        Located Unlocated(Located located) => new(located.Text, nowhere);
        Located? UnlocatedOrNull(Located? located) => located is null ? null : Unlocated(located);
        EquatableArray<InstanceSyntax> Headers(EquatableArray<InstanceSyntax> instances) =>
            instances.Select(i => InstanceSyntax.HeaderOf(Unlocated(i.Name), UnlocatedOrNull(i.Type))).ToEquatableArray();

        return dataDeclarations with
        {
            Namespace = UnlocatedOrNull(dataDeclarations.Namespace),
            // A document's title and date are bound with its file, not declared: an edit to them declares nothing again.
            Documents = dataDeclarations.Documents.Select(d => new DocumentSyntax(Unlocated(d.Name), UnlocatedOrNull(d.Path), null, null)).ToEquatableArray(),
            Entities = Headers(dataDeclarations.Entities),
            Events = Headers(dataDeclarations.Events),
            // Facts and omitted passages declare nothing: one stand-in keeps a file of them alone a file of data.
            Facts = dataDeclarations.DeclaresData ? new[] { new FactSyntax(null, null, null, null, default, nowhere) }.ToEquatableArray() : default,
            Omissions = default,
            Compact = null,
        };
    }

    /// <summary>The namespace problem of a file, if any: reported once per file when schema and data are declared in two steps.</summary>
    public static EquatableArray<KgDiagnostic> NamespaceDiagnostics(OntologyFileSyntax file, BinderOptions options) =>
        DeclarationPass.Namespace(file, options.DefaultNamespace).Problem is { } problem ? new[] { problem }.ToEquatableArray() : default;

    /// <summary>
    /// The schema step: binds the enums, types and relations of every file into a symbol table without data. An edit
    /// to data leaves its input equal, so it runs only when the schema changes.
    /// </summary>
    public static DeclarationResult DeclareSchema(IEnumerable<OntologyFileSyntax> schemaDeclarations, BinderOptions options)
    {
        var context = new BindingContext(options);
        new DeclarationPass(context) { ReportNamespaces = false }.Run(schemaDeclarations.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList());
        return Result(context, withData: false);
    }

    /// <summary>
    /// The data step at build time: declares the documents, entities and events of every file against the schema,
    /// names the data files' generated classes, and returns the schema table with them as a layer.
    /// </summary>
    public static DataDeclarationResult DeclareCompiledData(SymbolTable schema, IEnumerable<OntologyFileSyntax> dataDeclarations)
    {
        var files = dataDeclarations.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var context = new BindingContext(new BinderOptions(schema.DefaultNamespace), files.Sum(f => f.Entities.Count + f.Events.Count));
        new DeclarationPass(context) { Existing = schema, MaxMembersPerClass = MaxMembersPerClass, ReportNamespaces = false }.Run(files);
        var dataFiles = DataFileNames.Assign(context.DataFiles).ToEquatableArray();
        var table = schema.WithData(context.DocumentOrder.Select(Entry), context.InstanceOrder.Select(i => Entry(i, schema)), dataFiles);
        return new DataDeclarationResult(table, context.DataNamespaces.ToEquatableArray(), dataFiles, context.Sorted());
    }

    /// <summary>The most entities, events or documents one namespace may compile into one generated class (below the 65,535 methods of a .NET type).</summary>
    public const int MaxMembersPerClass = 60_000;

    public static DeclarationResult Declare(IEnumerable<OntologyFileSyntax> declarations, BinderOptions? options = null)
    {
        var context = new BindingContext(options ?? BinderOptions.Default);
        var files = declarations.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        new DeclarationPass(context) { MaxMembersPerClass = MaxMembersPerClass }.Run(files);
        return Result(context, withData: true);
    }

    private static DeclarationResult Result(BindingContext context, bool withData)
    {
        TypePass.ResolveHierarchy(context);
        TypePass.BindMembers(context);
        RelationPass.BindRelations(context);
        RelationPass.BindImplications(context);
        RelationPass.BindEndings(context);

        var relations = context.Relations.Values.Where(r => r.IsValid).OrderBy(r => r.Name, System.StringComparer.Ordinal).Select(r => ModelFactory.Relation(r)).ToEquatableArray();
        var enums = context.Enums.Values.OrderBy(e => e.Syntax.Name.Text, System.StringComparer.Ordinal).Select(ModelFactory.Enum).ToEquatableArray();
        var dataFiles = withData ? DataFileNames.Assign(context.DataFiles).ToEquatableArray() : default;
        var table = new SymbolTable(
            context.Options.DefaultNamespace,
            enums,
            context.Types.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal).Select(t => ModelFactory.Entry(t)).ToEquatableArray(),
            relations,
            RelationNames(context),
            withData ? context.DocumentOrder.Select(Entry).ToEquatableArray() : default,
            withData ? context.InstanceOrder.Select(Entry).ToEquatableArray() : default,
            dataFiles);
        var schema = new SchemaModel(
            enums,
            TypePass.Declared(context).Where(t => t.IsValid).Select(t => ModelFactory.Type(t, context)).ToEquatableArray(),
            relations,
            withData ? context.DataNamespaces.ToEquatableArray() : default,
            dataFiles);
        return new DeclarationResult(table, schema, context.Sorted());
    }

    /// <summary>
    /// Declares the data of new files (run-time loads) against an existing table: their names are checked against
    /// those already there, and the table returned holds both.
    /// </summary>
    public static DeclarationResult DeclareData(SymbolTable table, IEnumerable<OntologyFileSyntax> declarations)
    {
        var declared = declarations.ToList();
        var context = new BindingContext(new BinderOptions(table.DefaultNamespace), declared.Sum(f => f.Entities.Count + f.Events.Count));
        new DeclarationPass(context) { Existing = table }.Run(declared);
        var files = context.DataFiles.Select(f => new DataFileEntry(f.Key, string.Empty, f.Value));
        var extended = table.WithData(context.DocumentOrder.Select(Entry), context.InstanceOrder.Select(i => Entry(i, table)), files);
        return new DeclarationResult(extended, SchemaModel.Empty, context.Sorted());
    }

    private static EquatableArray<RelationNameEntry> RelationNames(BindingContext context) => context.RelationNames
        .OrderBy(r => r.Key, System.StringComparer.Ordinal)
        .Select(r => new RelationNameEntry(r.Key, r.Value.Relation.Name, r.Value.IsInverse))
        .ToEquatableArray();

    private static DocumentEntry Entry(DocumentSymbol document) => new(
        document.Name, document.Namespace, document.ClrName, document.ResolvedPath, document.Syntax.Path?.Text ?? string.Empty, document.Syntax.Name.Span.Path);

    /// <summary>An entry that names its type by <paramref name="types"/>' own string, when it has that type: a large file's entries then share a few strings.</summary>
    private static InstanceEntry Entry(InstanceSymbol instance, SymbolTable types)
    {
        var typeName = instance.Syntax.Type?.Text;
        return new(instance.Id, instance.Namespace, instance.ClrName, instance.IsEvent, typeName is null ? null : types.FindType(typeName)?.Name ?? typeName, instance.Syntax.Name.Span.Path);
    }

    private static InstanceEntry Entry(InstanceSymbol instance) => new(
        instance.Id, instance.Namespace, instance.ClrName, instance.IsEvent, instance.Syntax.Type?.Text, instance.Syntax.Name.Span.Path);
}

/// <summary>The table with the data declared (a layer over the schema's), the namespaces and files that hold data, and the diagnostics.</summary>
public sealed record DataDeclarationResult(SymbolTable Table, EquatableArray<string> DataNamespaces, EquatableArray<DataFileEntry> DataFiles, EquatableArray<KgDiagnostic> Diagnostics);

/// <summary>The symbol table, the schema to emit, and the diagnostics of the declarations.</summary>
public sealed record DeclarationResult(SymbolTable Table, SchemaModel Schema, EquatableArray<KgDiagnostic> Diagnostics);
