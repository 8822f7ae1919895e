using System.Collections.Generic;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds facts: those in <c>facts</c> sections and those stated by relation keys of entities and events.</summary>
internal static class FactPass
{
    public static List<FactModel> Run(BindingContext context, DocumentPass documents, IEnumerable<KeyFact> keyFacts)
    {
        var facts = new List<FactModel>();
        foreach (var keyFact in keyFacts)
        {
            var use = context.RelationNames[keyFact.Relation.Text];
            var @object = End(keyFact.Object, use, isSubject: false, context);
            if (keyFact.Subject.IsValid && Fits(keyFact.Subject, keyFact.Relation, use, context) && @object is not null)
            {
                facts.Add(Model(keyFact.Subject, use, @object, null, default, FactOrigin.EntityKey));
            }
        }

        foreach (var (fact, _) in context.Facts)
        {
            if (fact.Subject is null || fact.Relation is null || fact.Object is null)
            {
                continue; // reported by the parser
            }

            var use = RelationPass.Resolve(fact.Relation, context);
            var subject = use is null ? null : End(fact.Subject, use, isSubject: true, context);
            var @object = use is null ? null : End(fact.Object, use, isSubject: false, context);
            var timed = TimeBinder.TryBind(fact.Time, context, out var time);
            var sources = documents.BindSources(fact.Sources);
            if (use is not null && subject is not null && @object is not null && timed && sources is { } bound)
            {
                facts.Add(Model(subject, use, @object, time, bound, FactOrigin.Stated));
            }
        }

        return facts;
    }

    /// <summary>An end as written; when the relation is used by its inverse name, the written subject is the relation's object.</summary>
    private static InstanceSymbol? End(Located name, RelationUse use, bool isSubject, BindingContext context)
    {
        if (!use.Relation.IsValid)
        {
            return null;
        }

        var asWrittenIsFrom = isSubject != use.IsInverse;
        var required = asWrittenIsFrom ? use.Relation.From! : use.Relation.To!;
        var position = $"the {(isSubject ? "subject" : "object")} of '{use.Declaration.Text}'";
        return ValueBinder.BindReference(name, required, position, context);
    }

    private static bool Fits(InstanceSymbol subject, Located relation, RelationUse use, BindingContext context)
    {
        if (!use.Relation.IsValid)
        {
            return false;
        }

        var required = use.IsInverse ? use.Relation.To! : use.Relation.From!;
        if (subject.Type!.ConformsTo(required))
        {
            return true;
        }

        context.Report(Diagnostics.Descriptors.WrongEntityKind, relation.Span, $"The subject of '{relation.Text}'", TypePass.Article(required.Name), subject.Id, TypePass.Article(subject.Type.Name));
        return false;
    }

    private static FactModel Model(InstanceSymbol subject, RelationUse use, InstanceSymbol @object, TimeModel? time, EquatableArray<SourceModel> sources, FactOrigin origin)
    {
        var (from, to) = use.IsInverse ? (@object, subject) : (subject, @object);
        return new FactModel(from.Id, from.ClrMember, use.Relation.Name, use.Relation.ClrType, to.Id, to.ClrMember, time, sources, origin);
    }
}
