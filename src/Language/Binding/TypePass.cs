using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds types: the <c>is</c> hierarchy, mixins, properties and roles.</summary>
internal static class TypePass
{
    private static readonly string[] ReservedMemberNames = { "id", "type", "name", "aliases", "doc", "source", "sources", "date", "start", "end" };

    private static readonly string[] ReservedClrMemberNames =
    {
        "Id", "Name", "Aliases", "Doc", "Sources", "Time", "Kind", "Date", "Roles", "Implications", "TypeName",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    public static IEnumerable<TypeSymbol> Declared(BindingContext context) =>
        context.Types.Values.Where(t => !t.IsBuiltIn).OrderBy(t => t.Name, System.StringComparer.Ordinal);

    public static void ResolveHierarchy(BindingContext context)
    {
        foreach (var type in Declared(context))
        {
            var syntax = type.Syntax!;
            if (syntax.Is is not { } baseName)
            {
                context.Report(Descriptors.MissingRequired, syntax.Name.Span, $"Type '{type.Name}'", "key", "is");
                type.IsValid = false;
            }
            else if (Resolve(baseName, "the base of a type", context) is { } baseType)
            {
                type.Base = baseType;
            }
            else
            {
                type.IsValid = false;
            }

            foreach (var mixinName in syntax.Mixins)
            {
                if (Resolve(mixinName, "a mixin", context) is { } mixin)
                {
                    type.Mixins.Add(mixin);
                }
            }
        }

        foreach (var type in Declared(context))
        {
            var path = new List<TypeSymbol> { type };
            for (var current = type.Base; current is not null && !current.IsBuiltIn; current = current.Base)
            {
                if (current == type)
                {
                    context.Report(Descriptors.InheritanceCycle, type.Syntax!.Is!.Span, type.Name, string.Join(" -> ", path.Select(t => t.Name).Concat(new[] { type.Name })));
                    type.IsValid = false;
                    break;
                }

                if (path.Contains(current))
                {
                    break; // a cycle above this type, reported on its own members
                }

                path.Add(current);
            }
        }

        foreach (var type in Declared(context))
        {
            if (type.IsValid)
            {
                var root = type.Ancestors().LastOrDefault();
                type.IsValid = root is { IsBuiltIn: true } && type.Ancestors().All(a => a.IsValid || a.IsBuiltIn);
                type.Kind = root?.Kind ?? BaseKind.Actor;
            }
        }

        foreach (var type in Declared(context).Where(t => t.IsValid))
        {
            foreach (var mixin in type.Mixins.Where(m => !m.IsBuiltIn))
            {
                for (var t = mixin; t is not null && !t.IsBuiltIn; t = t.Base)
                {
                    t.HasInterface = true;
                }
            }
        }

        foreach (var type in Declared(context))
        {
            CollectSupertypes(type, type.Supertypes, new HashSet<TypeSymbol>());
        }
    }

    public static void BindMembers(BindingContext context)
    {
        foreach (var type in Declared(context).Where(t => t.IsValid))
        {
            var syntax = type.Syntax!;
            if (type.Kind != BaseKind.Event)
            {
                foreach (var role in syntax.Roles)
                {
                    context.Report(Descriptors.InvalidDeclaration, role.Name.Span, $"Only event types have roles; '{type.Name}' is {Article(type.Kind.ToString())}, so declare '{role.Name.Text}' under 'properties'");
                }

                foreach (var implication in syntax.Implies)
                {
                    context.Report(Descriptors.InvalidDeclaration, implication.Relation.Span, $"Only event types imply facts; '{type.Name}' is {Article(type.Kind.ToString())}");
                }
            }

            foreach (var member in syntax.Properties)
            {
                BindMember(type, member, isRole: false, context);
            }

            if (type.Kind == BaseKind.Event)
            {
                foreach (var member in syntax.Roles)
                {
                    BindMember(type, member, isRole: true, context);
                }
            }
        }

        foreach (var type in Declared(context).Where(t => t.IsValid))
        {
            CheckMemberClashes(type, context);
        }
    }

    /// <summary>Every member a value of <paramref name="type"/> has: inherited, from mixins, and its own.</summary>
    public static List<MemberSymbol> AllMembers(TypeSymbol type)
    {
        var members = new List<MemberSymbol>();
        var seen = new HashSet<TypeSymbol>();
        foreach (var super in type.Supertypes.OrderBy(Depth).ThenBy(t => t.Name, System.StringComparer.Ordinal))
        {
            if (seen.Add(super))
            {
                members.AddRange(super.Members.Where(m => members.All(existing => existing.Name != m.Name)));
            }
        }

        return members;
    }

    public static TypeSymbol? Resolve(Located name, string what, BindingContext context)
    {
        if (context.Types.TryGetValue(name.Text, out var type))
        {
            return type;
        }

        if (context.Enums.ContainsKey(name.Text))
        {
            context.Report(Descriptors.InvalidDeclaration, name.Span, $"'{name.Text}' is an enum and cannot be used as {what}");
            return null;
        }

        context.Report(Descriptors.UnknownType, name.Span, name.Text, Suggestions.DidYouMean(name.Text, context.Types.Keys));
        return null;
    }

    public static string Article(string noun) =>
        (noun.Length > 0 && "AEIOUaeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    private static int Depth(TypeSymbol type) => type.Ancestors().Count();

    private static void CollectSupertypes(TypeSymbol type, HashSet<TypeSymbol> into, HashSet<TypeSymbol> visiting)
    {
        if (!into.Add(type) || !visiting.Add(type))
        {
            return;
        }

        if (type.Base is { } baseType)
        {
            CollectSupertypes(baseType, into, visiting);
        }

        foreach (var mixin in type.Mixins)
        {
            CollectSupertypes(mixin, into, visiting);
        }
    }

    private static void BindMember(TypeSymbol type, MemberSyntax syntax, bool isRole, BindingContext context)
    {
        var name = syntax.Name;
        if (System.Array.IndexOf(ReservedMemberNames, name.Text) >= 0)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, "the keys of every entity and event", isRole ? "a role" : "a property");
            return;
        }

        if (!context.CheckIdentifier(name))
        {
            return;
        }

        var clrName = Identifiers.ToPascal(name.Text);
        if (System.Array.IndexOf(ReservedClrMemberNames, clrName) >= 0 || clrName == type.ClrName)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, clrName == type.ClrName ? $"the type's own name in C# ('{clrName}')" : $"the C# member '{clrName}' of every entity", isRole ? "a role" : "a property");
            return;
        }

        var member = new MemberSymbol(syntax, type, isRole, clrName);
        type.Members.Add(member);
        BindMemberType(member, context);
        if (member.ValueType is not null && syntax.Default is { } defaultValue)
        {
            BindDefault(member, defaultValue, context);
        }
    }

    private static void BindMemberType(MemberSymbol member, BindingContext context)
    {
        var typeName = member.Syntax.TypeName;
        if (ValueBinder.ScalarOf(typeName.Text) is { } scalar)
        {
            member.ValueType = new ValueTypeModel(ValueKind.Scalar, typeName.Text, scalar, ValueBinder.ClrTypeOf(scalar));
        }
        else if (context.Enums.TryGetValue(typeName.Text, out var @enum))
        {
            member.ValueType = new ValueTypeModel(ValueKind.Enum, typeName.Text, ScalarType.None, @enum.ClrType);
            member.EnumMembers = @enum.Members.Select(m => m.Text).ToList();
        }
        else if (context.Types.TryGetValue(typeName.Text, out var entityType))
        {
            if (entityType.IsValid)
            {
                member.EntityType = entityType;
                member.ValueType = new ValueTypeModel(ValueKind.Entity, typeName.Text, ScalarType.None, entityType.ReferenceClrType);
            }
        }
        else
        {
            var candidates = context.Types.Keys.Concat(context.Enums.Keys).Concat(ValueBinder.ScalarNames);
            context.Report(Descriptors.UnknownType, typeName.Span, typeName.Text, Suggestions.DidYouMean(typeName.Text, candidates));
        }
    }

    private static void BindDefault(MemberSymbol member, Located value, BindingContext context)
    {
        if (member.Cardinality.IsMany() || member.ValueType!.Kind == ValueKind.Entity)
        {
            context.Report(Descriptors.InvalidDeclaration, value.Span, $"Only single scalar or enum properties can have a default; '{member.Name}' is {member.Syntax.TypeName.Text}{member.Cardinality.Suffix()}");
            return;
        }

        if (ValueBinder.Bind(value, member, context) is { } bound)
        {
            member.DefaultValue = bound.ClrExpression;
        }
    }

    private static void CheckMemberClashes(TypeSymbol type, BindingContext context)
    {
        var byClrName = new Dictionary<string, MemberSymbol>(System.StringComparer.Ordinal);
        foreach (var member in AllMembers(type).Concat(type.Members).Distinct().ToList())
        {
            if (!byClrName.TryGetValue(member.ClrName, out var existing))
            {
                byClrName.Add(member.ClrName, member);
                continue;
            }

            if (existing == member || member.Owner != type)
            {
                continue;
            }

            if (existing.Name == member.Name)
            {
                context.Report(Descriptors.DuplicateName, member.Syntax.Name.Span, "Member", member.Name, existing.Syntax.Name.Span);
            }
            else
            {
                context.Report(Descriptors.IdentifierClash, member.Syntax.Name.Span, "Member", member.Name, existing.Name, member.ClrName, $"type '{type.Name}'");
            }

            type.Members.Remove(member);
        }
    }
}
