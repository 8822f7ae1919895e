using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds the facts of one file: those in its <c>facts</c> section and those stated by relation keys of its entities and events.</summary>
internal static class FactPass
{
    /// <param name="valid">The instances of the file that bound without error: the relation keys of the others are checked but state nothing.</param>
    /// <param name="release">Drops each fact's syntax from the file as it is read (see <see cref="FileItems"/>).</param>
    /// <param name="add">Receives each fact that bound, in order: the relation keys' first, then the <c>facts</c> section's.</param>
    public static void Run(OntologyFileSyntax file, FileContext context, DocumentPass documents, IReadOnlyCollection<KeyFact> keyFacts, ISet<string> valid, System.Action<FactModel> add, bool release)
    {
        var repeats = new StatedTwice(context, FileItems.FactCount(file) + keyFacts.Count);
        foreach (var keyFact in keyFacts)
        {
            var use = context.Table.FindRelationName(keyFact.Relation.Text)!;
            var relation = context.Table.FindRelation(use.Relation);
            var @object = relation is null ? null : End(keyFact.Object, use, relation, isSubject: false, context);
            if (relation is not null && valid.Contains(keyFact.Subject.Id) && Fits(keyFact, use, relation, context) && @object is not null)
            {
                var fact = Model(keyFact.Subject, use, @object, null, default, FactOrigin.EntityKey);
                if (repeats.IsNew(fact, keyFact.Object.Span))
                {
                    add(fact);
                }
            }
        }

        foreach (var fact in FileItems.Facts(file, release))
        {
            if (fact.Subject is null || fact.Relation is null || fact.Object is null)
            {
                continue; // reported by the parser
            }

            var use = Resolve(fact.Relation, context);
            var relation = use is null ? null : context.Table.FindRelation(use.Relation);
            var subject = relation is null ? null : End(fact.Subject, use!, relation, isSubject: true, context);
            var @object = relation is null ? null : End(fact.Object, use!, relation, isSubject: false, context);
            var timed = TimeBinder.TryBind(fact.Time, context, out var time, lasting: relation?.Lasting == true);
            var sources = documents.BindSources(fact.Sources);
            if (use is not null && subject is not null && @object is not null && timed && sources is { } bound)
            {
                var model = Model(subject, use, @object, time, bound, FactOrigin.Stated);
                repeats.IsNew(model, fact.Span);
                add(model); // kept: its sources are merged into the first when the graph is built
            }
        }
    }

    private static RelationNameEntry? Resolve(Located name, FileContext context)
    {
        if (context.Table.FindRelationName(name.Text) is { } use)
        {
            return use;
        }

        context.Report(Descriptors.UnknownRelation, name.Span, name.Text, context.DidYouMean(name.Text, context.Table.RelationNames.Select(r => r.Name)));
        return null;
    }

    /// <summary>An end as written; when the relation is used by its inverse name, the written subject is the relation's object.</summary>
    private static InstanceEntry? End(Located name, RelationNameEntry use, RelationModel relation, bool isSubject, FileContext context)
    {
        var asWrittenIsFrom = isSubject != use.IsInverse;
        var required = context.Table.FindType((asWrittenIsFrom ? relation.From : relation.To).Name)!;
        return context.BindReference(name, required, isSubject ? "subject" : "object", use.Name);
    }

    private static bool Fits(KeyFact fact, RelationNameEntry use, RelationModel relation, FileContext context)
    {
        var required = context.Table.FindType((use.IsInverse ? relation.To : relation.From).Name)!;
        if (context.ConformsTo(fact.SubjectType, required))
        {
            return true;
        }

        context.Report(Descriptors.WrongEntityKind, fact.Relation.Span, $"The subject of '{fact.Relation.Text}'", MessageText.Article(required.Name), fact.Subject.Id, MessageText.Article(fact.SubjectType.Name));
        return false;
    }

    private static FactModel Model(InstanceEntry subject, RelationNameEntry use, InstanceEntry @object, TimeModel? time, EquatableArray<SourceModel> sources, FactOrigin origin)
    {
        var (from, to) = use.IsInverse ? (@object, subject) : (subject, @object);
        return new FactModel(from.Id, use.Relation, to.Id, time, sources, origin);
    }

    /// <summary>
    /// KG0043 for a statement that repeats an earlier one of the same file in the same form (both under <c>facts:</c>, or
    /// both relation keys): the same relation between the same two entities at the same time. A key that a <c>facts:</c>
    /// entry repeats to give it sources or a time, a fact stated in two files (by two documents) and one stated and also
    /// implied by an event are the ways the language offers to say more of a fact, and are not reported.
    /// </summary>
    private sealed class StatedTwice
    {
        private readonly Dictionary<(string, string, string, TimeModel?, FactOrigin), SourceSpan> _first;
        private readonly FileContext _context;

        /// <param name="capacity">How many facts the file states at most: a large file's table is made once, never grown.</param>
        public StatedTwice(FileContext context, int capacity)
        {
            _context = context;
            _first = new(capacity);
        }

        /// <summary>False, reported at <paramref name="at"/>, when the file stated <paramref name="fact"/> before in the same form.</summary>
        public bool IsNew(FactModel fact, SourceSpan at)
        {
            var key = (fact.Subject, fact.Relation, fact.Object, fact.Time, fact.Origin);
            if (_first.TryGetValue(key, out var first))
            {
                var descriptor = fact.Origin == FactOrigin.EntityKey ? Descriptors.FactKeyRepeated : Descriptors.FactStatedTwice;
                var diagnostic = descriptor.At(at, $"{fact.Subject} {fact.Relation} {fact.Object}", first);
                _context.Report(diagnostic with { Related = new[] { first }.ToEquatableArray() });
                return false;
            }

            _first.Add(key, at);
            return true;
        }
    }
}
