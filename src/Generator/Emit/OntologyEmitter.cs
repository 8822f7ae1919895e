using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Every generated file of the schema, in a fixed order: per namespace its enums, its types, its relations' fact
/// classes and their typed traversals, and its data's members; then the compiled ontology and the graph factories.
/// Data files are emitted one by one (<see cref="DataEmitter"/>).
/// </summary>
internal static class OntologyEmitter
{
    public static IEnumerable<GeneratedFile> Emit(SchemaModel model, SymbolTable schema, string accessibility, string? baseIri = null) =>
        GeneratedFile.WithUniqueHintNames(EmitAll(model, schema, accessibility, baseIri));

    private static IEnumerable<GeneratedFile> EmitAll(SchemaModel model, SymbolTable schema, string accessibility, string? baseIri)
    {
        foreach (var group in ByNamespace(model.Enums, e => e.Namespace))
        {
            yield return GeneratedFile.PerNamespace(group.Key, "Enums", group, (writer, @enum) => EnumEmitter.Write(writer, @enum, accessibility));
        }

        foreach (var group in ByNamespace(model.Types, t => t.Namespace))
        {
            yield return GeneratedFile.PerNamespace(group.Key, "Types", group, (writer, type) => TypeEmitter.Write(writer, type, accessibility));
        }

        foreach (var group in ByNamespace(model.Relations, r => r.Namespace))
        {
            yield return GeneratedFile.PerNamespace(group.Key, "Relations", group, (writer, relation) => RelationEmitter.Write(writer, relation, accessibility));
            yield return RelationEmitter.EmitQueries(group.Key, group.ToList(), accessibility);
        }

        foreach (var ns in model.DataNamespaces)
        {
            yield return InstanceEmitter.EmitNamespace(ns, accessibility);
        }

        if (model.IsEmpty)
        {
            yield break;
        }

        yield return GraphEmitter.EmitCompiled(model, schema, baseIri);
        var factoryNamespaces = model.DataNamespaces.IsEmpty
            ? model.Types.Select(t => t.Namespace).Concat(model.Relations.Select(r => r.Namespace)).Concat(model.Enums.Select(e => e.Namespace)).Distinct()
            : model.DataNamespaces;
        foreach (var ns in factoryNamespaces.OrderBy(n => n, System.StringComparer.Ordinal))
        {
            yield return GraphEmitter.EmitFactory(ns, accessibility);
        }
    }

    private static IEnumerable<IGrouping<string, T>> ByNamespace<T>(IEnumerable<T> declarations, System.Func<T, string> @namespace) =>
        declarations.GroupBy(@namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal);
}
