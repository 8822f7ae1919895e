using System.Globalization;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Maps ontology names to C# identifiers: PascalCase by upper-casing the first letter, nothing else changed.</summary>
public static class Identifiers
{
    private static readonly string[] Keywords =
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Null when <paramref name="name"/> is a valid identifier; otherwise why it is not.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (!IsStart(name[0]))
        {
            return $"it must start with a letter or '_', not '{name[0]}'";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) || char.IsLowSurrogate(name[i]))
            {
                continue;
            }

            if (!IsPart(name[i]))
            {
                return $"'{name[i]}' is not allowed in an identifier (use letters, digits and '_')";
            }
        }

        return null;
    }

    public static string ToPascal(string name)
    {
        var pascal = name.Length > 0 && char.IsLower(name[0])
            ? char.ToUpperInvariant(name[0]) + name.Substring(1)
            : name;
        return Escape(pascal);
    }

    /// <summary>A dotted namespace is valid when every segment is.</summary>
    public static string? NamespaceProblem(string name)
    {
        foreach (var segment in name.Split('.'))
        {
            if (Problem(segment) is { } problem)
            {
                return $"segment '{segment}': {problem}";
            }
        }

        return null;
    }

    public static string Escape(string identifier) =>
        System.Array.IndexOf(Keywords, identifier) >= 0 ? "@" + identifier : identifier;

    private static bool IsStart(char c) => c == '_' || IsLetter(c);

    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsPart(char c) => IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
;
}
