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

    /// <summary>Words C# reserves that no '@' makes an identifier.</summary>
    private static readonly string[] Undocumented = { "__arglist", "__makeref", "__reftype", "__refvalue" };

    /// <summary>
    /// Null when <paramref name="name"/> is a valid identifier; otherwise why it is not. The one rule of what a name may
    /// be, for the generator and the run-time loader alike.
    /// </summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsSurrogate(name[i]))
            {
                var character = i + 1 < name.Length && char.IsSurrogatePair(name[i], name[i + 1]) ? name.Substring(i, 2) : $"\\u{(int)name[i]:X4}";
                return $"'{character}' lies outside the Basic Multilingual Plane, and C# identifiers hold no such character (use letters, digits and '_')";
            }

            if (i == 0 ? !IsStart(name[0]) : !IsPart(name[i]))
            {
                return i == 0
                    ? $"it must start with a letter or '_', not '{name[0]}'"
                    : $"'{name[i]}' is not allowed in an identifier (use letters, digits and '_')";
            }
        }

        if (System.Array.IndexOf(Undocumented, name) >= 0)
        {
            return $"'{name}' is a word C# reserves";
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

    /// <summary>The interface a type with mixins or mixin users becomes: its class name after an 'I'.</summary>
    public static string InterfaceName(string clrName) => "I" + clrName;

    /// <summary>A dotted namespace is valid when every segment is.</summary>
    public static string? NamespaceProblem(string name)
    {
        foreach (var segment in name.Split('.'))
        {
            if ((Problem(segment) ?? (System.Array.IndexOf(Keywords, segment) >= 0 || segment == "global" ? "it is a C# keyword" : null)) is { } problem)
            {
                return $"segment '{segment}': {problem}";
            }
        }

        return null;
    }

    /// <summary>The identifier with '@' when it is a keyword. Every keyword starts with a lower-case letter, so a PascalCase name never is one.</summary>
    public static string Escape(string identifier) =>
        identifier.Length > 0 && identifier[0] is >= 'a' and <= 'z' && KeywordSet.Contains(identifier) ? "@" + identifier : identifier;

    private static readonly System.Collections.Generic.HashSet<string> KeywordSet = new(Keywords, System.StringComparer.Ordinal);

    private static bool IsStart(char c) => c == '_' || IsLetter(c);

    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsPart(char c) => IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
;
}
