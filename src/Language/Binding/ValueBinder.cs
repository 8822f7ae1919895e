using System;
using System.Globalization;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Checks one value written for a property or role against its type and turns it into a C# expression.</summary>
internal static class ValueBinder
{
    public static readonly string[] ScalarNames = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };

    public static ScalarType? ScalarOf(string name) => name switch
    {
        "string" => ScalarType.String,
        "int" => ScalarType.Int,
        "long" => ScalarType.Long,
        "double" => ScalarType.Double,
        "decimal" => ScalarType.Decimal,
        "bool" => ScalarType.Bool,
        "date" => ScalarType.Date,
        "datetime" => ScalarType.DateTime,
        "uri" => ScalarType.Uri,
        _ => null,
    };

    public static string ClrTypeOf(ScalarType scalar) => scalar switch
    {
        ScalarType.String => "string",
        ScalarType.Int => "int",
        ScalarType.Long => "long",
        ScalarType.Double => "double",
        ScalarType.Decimal => "decimal",
        ScalarType.Bool => "bool",
        ScalarType.Date => "global::System.DateOnly",
        ScalarType.DateTime => "global::System.DateTimeOffset",
        ScalarType.Uri => "global::System.Uri",
        _ => throw new ArgumentOutOfRangeException(nameof(scalar)),
    };

    public static ValueModel? Bind(Located value, MemberSymbol member, BindingContext context)
    {
        var type = member.ValueType!;
        switch (type.Kind)
        {
            case ValueKind.Enum:
                if (member.EnumMembers!.Contains(value.Text))
                {
                    return new ValueModel(ValueKind.Enum, ScalarType.None, value.Text, $"{type.ClrType}.{Identifiers.ToPascal(value.Text)}");
                }

                context.Report(Descriptors.UnknownEnumValue, value.Span, value.Text, type.Name, Suggestions.DidYouMean(value.Text, member.EnumMembers!));
                return null;
            case ValueKind.Entity:
                return BindReference(value, member.EntityType!, $"'{member.Name}'", context) is { } instance
                    ? new ValueModel(ValueKind.Entity, ScalarType.None, instance.Id, instance.ClrMember)
                    : null;
            default:
                if (Scalar(value.Text, type.Scalar) is { } expression)
                {
                    return new ValueModel(ValueKind.Scalar, type.Scalar, value.Text, expression);
                }

                context.Report(Descriptors.InvalidValue, value.Span, value.Text, type.Name, member.Name);
                return null;
        }
    }

    /// <summary>
    /// Resolves an entity or event id that must conform to <paramref name="required"/>. Null when it is unknown or of the
    /// wrong kind (reported), or when the instance itself is broken (already reported there).
    /// </summary>
    public static InstanceSymbol? BindReference(Located value, TypeSymbol required, string position, BindingContext context)
    {
        if (!context.Instances.TryGetValue(value.Text, out var instance))
        {
            context.Report(Descriptors.UnknownEntity, value.Span, value.Text, Suggestions.DidYouMean(value.Text, context.Instances.Keys));
            return null;
        }

        if (instance.Type is not { } actual || !instance.IsValid)
        {
            return null;
        }

        if (!actual.ConformsTo(required))
        {
            context.Report(Descriptors.WrongEntityKind, value.Span, MappingReader.Capitalize(position), TypePass.Article(required.Name), value.Text, TypePass.Article(actual.Name));
            return null;
        }

        return instance;
    }

    /// <summary>The C# expression for <paramref name="text"/> as a value of <paramref name="scalar"/>, or null if it is not one.</summary>
    public static string? Scalar(string text, ScalarType scalar)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (scalar)
        {
            case ScalarType.String:
                return CSharpLiterals.String(text);
            case ScalarType.Int:
                return ScalarParser.TryParseInt(text, out var i) ? i.ToString(invariant) : null;
            case ScalarType.Long:
                return ScalarParser.TryParseLong(text, out var l) ? l.ToString(invariant) + "L" : null;
            case ScalarType.Double:
                return ScalarParser.TryParseDouble(text, out var d) ? d.ToString("R", invariant) + "D" : null;
            case ScalarType.Decimal:
                return ScalarParser.TryParseDecimal(text, out var m) ? m.ToString(invariant) + "M" : null;
            case ScalarType.Bool:
                return ScalarParser.TryParseBool(text, out var b) ? (b ? "true" : "false") : null;
            case ScalarType.Date:
                return DateTime.TryParseExact(text, "yyyy'-'MM'-'dd", invariant, DateTimeStyles.None, out var date)
                    ? $"new global::System.DateOnly({date.Year}, {date.Month}, {date.Day})"
                    : null;
            case ScalarType.DateTime:
                return DateTimeOffset.TryParse(text, invariant, DateTimeStyles.AssumeUniversal, out var instant) && text.Length > 10
                    ? $"global::System.DateTimeOffset.Parse({CSharpLiterals.String(instant.ToString("o", invariant))}, global::System.Globalization.CultureInfo.InvariantCulture)"
                    : null;
            case ScalarType.Uri:
                return ScalarParser.TryParseUri(text, out var uri)
                    ? $"new global::System.Uri({CSharpLiterals.String(uri!.OriginalString)})"
                    : null;
            default:
                return null;
        }
    }
}
