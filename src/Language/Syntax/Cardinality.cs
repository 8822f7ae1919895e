namespace KnowledgeGraph.Language.Syntax;

/// <summary>How many values a property or role takes: <c>T</c>, <c>T?</c>, <c>T+</c> or <c>T*</c>.</summary>
public enum Cardinality
{
    ExactlyOne,
    Optional,
    OneOrMore,
    Any,
}

public static class CardinalityExtensions
{
    public static bool IsMany(this Cardinality cardinality) => cardinality is Cardinality.OneOrMore or Cardinality.Any;

    public static bool IsRequired(this Cardinality cardinality) => cardinality is Cardinality.ExactlyOne or Cardinality.OneOrMore;

    public static string Suffix(this Cardinality cardinality) => cardinality switch
    {
        Cardinality.Optional => "?",
        Cardinality.OneOrMore => "+",
        Cardinality.Any => "*",
        _ => string.Empty,
    };
}
