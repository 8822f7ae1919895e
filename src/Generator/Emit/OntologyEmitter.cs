using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Every generated file of an ontology, in a fixed order: one per type, enum and relation, then per namespace.</summary>
internal static class OntologyEmitter
{
    public static IEnumerable<GeneratedFile> Emit(OntologyModel model, string accessibility)
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

        foreach (var group in model.Documents.GroupBy(d => d.Namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            yield return InstanceEmitter.EmitDocuments(group.Key, group.ToList(), accessibility);
        }

        foreach (var group in model.Entities.GroupBy(e => e.Namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            yield return InstanceEmitter.EmitInstances(group.Key, events: false, group.ToList(), accessibility);
        }

        foreach (var group in model.Events.GroupBy(e => e.Namespace).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            yield return InstanceEmitter.EmitInstances(group.Key, events: true, group.ToList(), accessibility);
        }

        if (model.Types.IsEmpty && model.Relations.IsEmpty && model.Enums.IsEmpty && model.DataNamespaces.IsEmpty)
        {
            yield break;
        }

        yield return GraphEmitter.EmitCompiled(model);
        var factoryNamespaces = model.DataNamespaces.IsEmpty
            ? model.Types.Select(t => t.Namespace).Concat(model.Relations.Select(r => r.Namespace)).Concat(model.Enums.Select(e => e.Namespace)).Distinct()
            : model.DataNamespaces;
        foreach (var ns in factoryNamespaces.OrderBy(n => n, System.StringComparer.Ordinal))
        {
            yield return GraphEmitter.EmitFactory(ns, accessibility);
        }
    }
}
