using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>C# type names: of the model's plain names, of the language's scalars, and of a member for its cardinality.</summary>
internal static class ClrTypes
{
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>A generated or SDK type, fully qualified.</summary>
    public static string Of(QualifiedName name) => $"global::{name.Namespace}.{name.Name}";

    /// <summary>The C# type of a value: a scalar's, or that of the enum or entity type it names.</summary>
    public static string Of(ValueTypeModel type) => type.Declared is { } declared ? Of(declared) : Of(type.Scalar);

    /// <summary>The C# type of a scalar of the language.</summary>
    public static string Of(ScalarType scalar) => scalar switch
    {
        ScalarType.String => "string",
        ScalarType.Int => "int",
        ScalarType.Long => "long",
        ScalarType.Double => "double",
        ScalarType.Decimal => "decimal",
        ScalarType.Bool => "bool",
        ScalarType.Date => "global::KnowledgeGraph.PartialDate",
        ScalarType.DateTime => "global::System.DateTimeOffset",
        ScalarType.Uri => "global::System.Uri",
        _ => throw new System.ArgumentOutOfRangeException(nameof(scalar), scalar, "Not a scalar type."),
    };

    public static string Of(MemberModel member) => member.Cardinality switch
    {
        Cardinality.ExactlyOne => Of(member.Type),
        Cardinality.Optional => Of(member.Type) + "?",
        _ => $"{ReadOnlyList}<{Of(member.Type)}>",
    };

    /// <summary>The declaration of a member on a class: required, optional, defaulted or a list.</summary>
    public static string Property(MemberModel member)
    {
        var type = Of(member);
        return member.Cardinality switch
        {
            Cardinality.ExactlyOne when member.DefaultValue is { } value => $"public {type} {member.ClrName} {{ get; init; }} = {CSharpLiterals.Value(member.Type, value)};",
            Cardinality.Optional when member.DefaultValue is { } value => $"public {type} {member.ClrName} {{ get; init; }} = {CSharpLiterals.Value(member.Type, value)};",
            Cardinality.ExactlyOne or Cardinality.OneOrMore => $"public required {type} {member.ClrName} {{ get; init; }}",
            Cardinality.Optional => $"public {type} {member.ClrName} {{ get; init; }}",
            _ => $"public {type} {member.ClrName} {{ get; init; }} = global::System.Array.Empty<{Of(member.Type)}>();",
        };
    }
}
