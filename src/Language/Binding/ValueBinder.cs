using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Checks one value written for a property or role against its type and keeps it as canonical text.</summary>
internal static class ValueBinder
{
    public static ValueModel? Bind(Located value, MemberModel member, FileContext context)
    {
        var type = member.Type;
        switch (type.Kind)
        {
            case ValueKind.Enum:
                var members = context.Table.FindEnum(type.Name)!.Members;
                foreach (var candidate in members)
                {
                    if (candidate.Name == value.Text)
                    {
                        return new ValueModel(ValueKind.Enum, ScalarType.None, value.Text);
                    }
                }

                context.Report(Descriptors.UnknownEnumValue, value.Span, value.Text, type.Name, context.DidYouMean(value.Text, System.Linq.Enumerable.Select(members, m => m.Name)));
                return null;
            case ValueKind.Entity:
                return context.BindReference(value, context.Table.FindType(type.Name)!, end: null, member.Name) is { } instance
                    ? new ValueModel(ValueKind.Entity, ScalarType.None, instance.Id)
                    : null;
            default:
                if (ScalarText.Canonical(value.Text, type.Scalar) is { } canonical)
                {
                    return new ValueModel(ValueKind.Scalar, type.Scalar, canonical);
                }

                context.Report(Descriptors.InvalidValue, value.Span, value.Text, type.Name, member.Name, ScalarText.Hint(type.Scalar, value.Text));
                return null;
        }
    }
}
