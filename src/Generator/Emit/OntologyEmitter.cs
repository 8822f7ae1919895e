using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>
/// Every generated file of the schema, in a fixed order: one per type, enum and relation, then per namespace, then
/// the compiled ontology. Data files are emitted one by one (<see cref="DataEmitter"/>).
/// </summary>
internal static class OntologyEmitter
{
    public static IEnumerable<GeneratedFile> Emit(SchemaModel model, SymbolTable schema, string accessibility, string? baseIri = null)
    {
        foreach (var @enum in model.Enums)
        {
            yield return EnumEmitter.Emit(@enum, accessibility);
        }

        foreach (var type in model.Types)
        {
            yield return TypeEmitter.Emit(type, accessibility);
        }

        foreach (var relation in model.Relations)
        {
            yield return RelationEmitter.Emit(relation, accessibility);
        }

        foreach (var group in model.Relations.GroupBy(r => r.Namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
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
}
