using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>The C# type of a member for its cardinality.</summary>
internal static class ClrTypes
{
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static string Of(MemberModel member) => member.Cardinality switch
    {
        Cardinality.ExactlyOne => member.Type.ClrType,
        Cardinality.Optional => member.Type.ClrType + "?",
        _ => $"{ReadOnlyList}<{member.Type.ClrType}>",
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
            _ => $"public {type} {member.ClrName} {{ get; init; }} = global::System.Array.Empty<{member.Type.ClrType}>();",
        };
    }
}
