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

        ReportCycles(context);

        // Each type is valid when its base is, and of its base's kind: bases first, so each step looks one level up.
        foreach (var type in Declared(context).OrderBy(context.Hierarchy.Depth))
        {
            if (type.IsValid && type.Base is { } baseType)
            {
                type.IsValid = baseType.IsBuiltIn || baseType.IsValid;
                type.Kind = baseType.Kind;
            }
        }

        foreach (var type in Declared(context).Where(t => t.IsValid))
        {
            foreach (var mixin in type.Mixins.Where(m => !m.IsBuiltIn))
            {
                for (var t = mixin; t is not null && !t.IsBuiltIn && !t.HasInterface; t = t.Base)
                {
                    t.HasInterface = true;
                }
            }
        }

    }

    /// <summary>Reports each type of an <c>is</c> cycle, in one walk up from every type that stops at types already walked.</summary>
    private static void ReportCycles(BindingContext context)
    {
        var done = new HashSet<TypeSymbol>();
        foreach (var type in Declared(context))
        {
            var path = new List<TypeSymbol>();
            var onPath = new Dictionary<TypeSymbol, int>();
            var current = type;
            while (current is not null && !current.IsBuiltIn && !done.Contains(current) && !onPath.ContainsKey(current))
            {
                onPath.Add(current, path.Count);
                path.Add(current);
                current = current.Base;
            }

            if (current is not null && onPath.TryGetValue(current, out var start))
            {
                var cycle = path.Skip(start).ToList();
                for (var i = 0; i < cycle.Count; i++)
                {
                    var member = cycle[i];
                    var route = cycle.Skip(i).Concat(cycle.Take(i)).Append(member).Select(t => t.Name);
                    context.Report(Descriptors.InheritanceCycle, member.Syntax!.Is!.Span, member.Name, string.Join(" -> ", route));
                    member.IsValid = false;
                }
            }

            done.UnionWith(path);
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
                    context.Report(Descriptors.EventOnlyDeclaration, role.Name.Span, type.Name, MessageText.Article(type.Kind.ToString()), role.Name.Text);
                }

                foreach (var implication in syntax.Implies)
                {
                    context.Report(Descriptors.ImpliesOnNonEvent, implication.Relation.Span, type.Name, MessageText.Article(type.Kind.ToString()));
                }

                foreach (var ending in syntax.Ends)
                {
                    context.Report(Descriptors.EndsOnNonEvent, ending.Relation.Span, type.Name, MessageText.Article(type.Kind.ToString()));
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

        foreach (var type in Declared(context).Where(t => t.IsValid).OrderBy(context.Hierarchy.Depth))
        {
            CheckMemberClashes(type, context);
        }
    }

    /// <summary>Every member a value of <paramref name="type"/> has: inherited, from mixins, and its own.</summary>
    public static IReadOnlyList<MemberSymbol> AllMembers(TypeSymbol type, BindingContext context) => context.Hierarchy.AllMembers(type);

    public static TypeSymbol? Resolve(Located name, string what, BindingContext context)
    {
        if (context.Types.TryGetValue(name.Text, out var type))
        {
            return type;
        }

        if (context.Enums.ContainsKey(name.Text))
        {
            context.Report(Descriptors.EnumAsType, name.Span, name.Text, what);
            return null;
        }

        context.Report(Descriptors.UnknownType, name.Span, name.Text, context.DidYouMean(name.Text, context.Types.Keys));
        return null;
    }

    private static void BindMember(TypeSymbol type, MemberSyntax syntax, bool isRole, BindingContext context)
    {
        var name = syntax.Name;
        if (System.Array.IndexOf(ReservedNames.MemberKeys, name.Text) >= 0)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, "the keys of every entity and event", isRole ? "a role" : "a property");
            return;
        }

        if (!context.CheckIdentifier(name))
        {
            return;
        }

        var clrName = Identifiers.ToPascal(name.Text);
        if (System.Array.IndexOf(ReservedNames.EntityClrMembers, clrName) >= 0 || clrName == type.ClrName)
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
        if (ScalarText.Of(typeName.Text) is { } scalar)
        {
            member.ValueType = new ValueTypeModel(ValueKind.Scalar, typeName.Text, scalar, null);
        }
        else if (context.Enums.TryGetValue(typeName.Text, out var @enum))
        {
            member.ValueType = new ValueTypeModel(ValueKind.Enum, typeName.Text, ScalarType.None, @enum.Class);
            member.EnumMembers = @enum.Members.Select(m => m.Text).ToList();
        }
        else if (context.Types.TryGetValue(typeName.Text, out var entityType))
        {
            if (entityType.IsValid)
            {
                member.EntityType = entityType;
                member.ValueType = new ValueTypeModel(ValueKind.Entity, typeName.Text, ScalarType.None, entityType.Reference);
            }
        }
        else
        {
            var candidates = context.Types.Keys.Concat(context.Enums.Keys).Concat(ScalarText.Names);
            context.Report(Descriptors.UnknownType, typeName.Span, typeName.Text, context.DidYouMean(typeName.Text, candidates));
        }
    }

    private static void BindDefault(MemberSymbol member, Located value, BindingContext context)
    {
        if (member.Cardinality.IsMany() || member.ValueType!.Kind == ValueKind.Entity)
        {
            context.Report(Descriptors.DefaultNotAllowed, value.Span, member.Name, member.Syntax.TypeName.Text + member.Cardinality.Suffix());
            member.DefaultRefused = true;
            return;
        }

        if (member.ValueType.Kind == ValueKind.Enum)
        {
            if (member.EnumMembers!.Contains(value.Text))
            {
                member.DefaultValue = value.Text;
            }
            else
            {
                context.Report(Descriptors.UnknownEnumValue, value.Span, value.Text, member.ValueType.Name, context.DidYouMean(value.Text, member.EnumMembers!));
                member.DefaultRefused = true;
            }
        }
        else if (ScalarText.Canonical(value.Text, member.ValueType.Scalar) is { } canonical)
        {
            member.DefaultValue = canonical;
        }
        else
        {
            context.Report(Descriptors.InvalidValue, value.Span, value.Text, member.ValueType.Name, member.Name, ScalarText.Hint(member.ValueType.Scalar, value.Text));
            member.DefaultRefused = true;
        }
    }

    private static void CheckMemberClashes(TypeSymbol type, BindingContext context)
    {
        var byClrName = new Dictionary<string, MemberSymbol>(System.StringComparer.Ordinal);
        var removed = false;
        foreach (var member in AllMembers(type, context).Concat(type.Members).Distinct().ToList())
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
            removed = true;
        }

        if (removed)
        {
            context.Hierarchy.Forget(type);
        }
    }
}
