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
        Entities = file.Entities.Select(Header).ToEquatableArray(),
        Events = file.Events.Select(Header).ToEquatableArray(),
        Facts = file.Facts.IsEmpty ? default : new[] { file.Facts[0] }.ToEquatableArray(), // keeps DeclaresData
        Diagnostics = default,
    };

    /// <summary>The most entities, events or documents one namespace may compile into one generated class (below the 65,535 methods of a .NET type).</summary>
    public const int MaxMembersPerClass = 60_000;

    public static DeclarationResult Declare(IEnumerable<OntologyFileSyntax> declarations, BinderOptions? options = null)
    {
        var context = new BindingContext(options ?? BinderOptions.Default);
        var files = declarations.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        new DeclarationPass(context) { MaxMembersPerClass = MaxMembersPerClass }.Run(files);
        TypePass.ResolveHierarchy(context);
        TypePass.BindMembers(context);
        RelationPass.BindRelations(context);
        RelationPass.BindImplications(context);

        var relations = context.Relations.Values.Where(r => r.IsValid).OrderBy(r => r.Name, System.StringComparer.Ordinal).Select(r => ModelFactory.Relation(r)).ToEquatableArray();
        var enums = context.Enums.Values.OrderBy(e => e.Syntax.Name.Text, System.StringComparer.Ordinal).Select(ModelFactory.Enum).ToEquatableArray();
        var dataFiles = DataFileNames.Assign(context.DataFiles).ToEquatableArray();
        var table = new SymbolTable(
            context.Options.DefaultNamespace,
            enums,
            context.Types.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal).Select(t => ModelFactory.Entry(t)).ToEquatableArray(),
            relations,
            RelationNames(context),
            context.DocumentOrder.Select(Entry).ToEquatableArray(),
            context.InstanceOrder.Select(Entry).ToEquatableArray(),
            dataFiles);
        var schema = new SchemaModel(
            enums,
            TypePass.Declared(context).Where(t => t.IsValid).Select(t => ModelFactory.Type(t, context)).ToEquatableArray(),
            relations,
            context.DataNamespaces.ToEquatableArray(),
            dataFiles);
        return new DeclarationResult(table, schema, context.Sorted());
    }

    /// <summary>
    /// Declares the data of new files (run-time loads) against an existing table: their names are checked against
    /// those already there, and the table returned holds both.
    /// </summary>
    public static DeclarationResult DeclareData(SymbolTable table, IEnumerable<OntologyFileSyntax> declarations)
    {
        var context = new BindingContext(new BinderOptions(table.DefaultNamespace));
        new DeclarationPass(context) { Existing = table }.Run(declarations.ToList());
        var files = context.DataFiles.Select(f => new DataFileEntry(f.Key, string.Empty, f.Value));
        var extended = table.WithData(context.DocumentOrder.Select(Entry), context.InstanceOrder.Select(Entry), files);
        return new DeclarationResult(extended, SchemaModel.Empty, context.Sorted());
    }

    private static InstanceSyntax Header(InstanceSyntax instance) =>
        new(instance.Name, instance.Type, null, default, null, null, default, default);

    private static EquatableArray<RelationNameEntry> RelationNames(BindingContext context) => context.RelationNames
        .OrderBy(r => r.Key, System.StringComparer.Ordinal)
        .Select(r => new RelationNameEntry(r.Key, r.Value.Relation.Name, r.Value.IsInverse))
        .ToEquatableArray();

    private static DocumentEntry Entry(DocumentSymbol document) => new(
        document.Name, document.Namespace, document.ClrName, document.ResolvedPath, document.Syntax.Path?.Text ?? string.Empty, document.Syntax.Name.Span.Path);

    private static InstanceEntry Entry(InstanceSymbol instance) => new(
        instance.Id, instance.Namespace, instance.ClrName, instance.IsEvent, instance.Syntax.Type?.Text, instance.Syntax.Name.Span.Path);
}

/// <summary>The symbol table, the schema to emit, and the diagnostics of the declarations.</summary>
public sealed record DeclarationResult(SymbolTable Table, SchemaModel Schema, EquatableArray<KgDiagnostic> Diagnostics);
