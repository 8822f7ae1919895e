using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds relations (their ends) and the facts event types imply through them.</summary>
internal static class RelationPass
{
    public static void BindRelations(BindingContext context)
    {
        foreach (var relation in context.Relations.Values)
        {
            var syntax = relation.Syntax;
            relation.From = End(syntax.From, "from", relation, context);
            relation.To = End(syntax.To, "to", relation, context);
        }
    }

    public static void BindImplications(BindingContext context) =>
        ForEachRule(context, type => type.Syntax!.Implies, (type, rule, roles) =>
        {
            if (Bind(type, rule, roles, context) is { } model)
            {
                type.Implications.Add(model);
            }
        });

    /// <summary>
    /// Binds the <c>ends</c> rules of event types: each names a lasting relation and, for its subject and object, a role
    /// of the type or <c>*</c> (any entity), and not <c>*</c> for both.
    /// </summary>
    public static void BindEndings(BindingContext context) =>
        ForEachRule(context, type => type.Syntax!.Ends, (type, rule, roles) =>
        {
            if (BindEnding(type, rule, roles, context) is { } model)
            {
                type.Endings.Add(model);
            }
        });

    /// <summary>Each rule of a section (<c>implies</c>, <c>ends</c>) of each valid event type, with the type's roles by name.</summary>
    private static void ForEachRule(
        BindingContext context,
        System.Func<TypeSymbol, EquatableArray<Syntax.ImplicationSyntax>> rules,
        System.Action<TypeSymbol, Syntax.ImplicationSyntax, Dictionary<string, MemberSymbol>> bind)
    {
        foreach (var type in TypePass.Declared(context).Where(t => t.IsValid && t.Kind == BaseKind.Event))
        {
            var roles = TypePass.AllMembers(type, context).Where(m => m.IsRole).ToDictionary(m => m.Name, System.StringComparer.Ordinal);
            foreach (var rule in rules(type))
            {
                bind(type, rule, roles);
            }
        }
    }

    /// <summary>The label a relation shows when none is given: <c>withdrewFrom</c> reads "withdrew from".</summary>
    public static string DefaultLabel(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    public static RelationUse? Resolve(Located name, BindingContext context)
    {
        if (context.RelationNames.TryGetValue(name.Text, out var use))
        {
            return use;
        }

        context.Report(Descriptors.UnknownRelation, name.Span, name.Text, context.DidYouMean(name.Text, context.RelationNames.Keys));
        return null;
    }

    private static TypeSymbol? End(Located? name, string key, RelationSymbol relation, BindingContext context)
    {
        if (name is null)
        {
            context.Report(Descriptors.MissingRequired, relation.Syntax.Name.Span, $"Relation '{relation.Name}'", "key", key);
            return null;
        }

        var type = TypePass.Resolve(name, $"the '{key}' end of a relation", context);
        return type is { IsValid: true } || type is { IsBuiltIn: true } ? type : null;
    }

    private static ImplicationModel? Bind(TypeSymbol type, Syntax.ImplicationSyntax implication, Dictionary<string, MemberSymbol> roles, BindingContext context)
    {
        var use = Resolve(implication.Relation, context);
        var subjectRole = Role(type, implication.SubjectRole, roles, context);
        var objectRole = Role(type, implication.ObjectRole, roles, context);
        if (use is null || subjectRole is null || objectRole is null || !use.Relation.IsValid)
        {
            return null;
        }

        var (subject, @object) = use.IsInverse ? (objectRole, subjectRole) : (subjectRole, objectRole);
        var (subjectSyntax, objectSyntax) = use.IsInverse
            ? (implication.ObjectRole, implication.SubjectRole)
            : (implication.SubjectRole, implication.ObjectRole);
        var fits = Fits(subject, use.Relation.From!, subjectSyntax, "subject", use, context)
            & Fits(@object, use.Relation.To!, objectSyntax, "object", use, context);
        return fits
            ? new ImplicationModel(use.Relation.Name, use.Relation.Class, subject.Name, @object.Name)
            : null;
    }

    private static EndingModel? BindEnding(TypeSymbol type, Syntax.ImplicationSyntax ending, Dictionary<string, MemberSymbol> roles, BindingContext context)
    {
        const string Any = "*";
        var use = Resolve(ending.Relation, context);
        var subjectRole = ending.SubjectRole.Text == Any ? null : Role(type, ending.SubjectRole, roles, context);
        var objectRole = ending.ObjectRole.Text == Any ? null : Role(type, ending.ObjectRole, roles, context);
        if (ending.SubjectRole.Text == Any && ending.ObjectRole.Text == Any)
        {
            context.Report(Descriptors.EndingNamesNoRole, ending.SubjectRole.Span, ending.Relation.Text);
            return null;
        }

        if (use is null || !use.Relation.IsValid || (subjectRole is null && ending.SubjectRole.Text != Any) || (objectRole is null && ending.ObjectRole.Text != Any))
        {
            return null;
        }

        if (!use.Relation.Syntax.Lasting)
        {
            context.Report(Descriptors.EndingRuleInvalid, ending.Relation.Span, use.Relation.Name);
            return null;
        }

        var (subject, @object) = use.IsInverse ? (objectRole, subjectRole) : (subjectRole, objectRole);
        var (subjectSyntax, objectSyntax) = use.IsInverse ? (ending.ObjectRole, ending.SubjectRole) : (ending.SubjectRole, ending.ObjectRole);
        var fits = (subject is null || Fits(subject, use.Relation.From!, subjectSyntax, "subject", use, context))
            & (@object is null || Fits(@object, use.Relation.To!, objectSyntax, "object", use, context));
        return fits ? new EndingModel(use.Relation.Name, use.Relation.Class, subject?.Name, @object?.Name) : null;
    }

    private static MemberSymbol? Role(TypeSymbol type, Located name, Dictionary<string, MemberSymbol> roles, BindingContext context)
    {
        if (roles.TryGetValue(name.Text, out var role))
        {
            return role.EntityType is null ? null : role;
        }

        context.Report(Descriptors.UnknownRole, name.Span, type.Name, name.Text, context.DidYouMean(name.Text, roles.Keys));
        return null;
    }

    private static bool Fits(MemberSymbol role, TypeSymbol end, Located at, string position, RelationUse use, BindingContext context)
    {
        if (context.Hierarchy.Conforms(role.EntityType!, end))
        {
            return true;
        }

        context.Report(Descriptors.WrongEntityKind, at.Span, $"The {position} of '{use.Relation.Name}'", MessageText.Article(end.Name), role.Name, $"a role of type {role.EntityType!.Name}");
        return false;
    }
}
