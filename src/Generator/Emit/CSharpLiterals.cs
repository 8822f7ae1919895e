using System.Globalization;
using System.Text;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Writes C# literals for values from ontology files; always invariant, so output never depends on the machine's culture.</summary>
internal static class CSharpLiterals
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Nullable(string? value) => value is null ? "null" : String(value);

    /// <summary>The C# expression of a scalar or enum value given in its canonical text (a property's default).</summary>
    public static string Value(ValueTypeModel type, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type.Kind == ValueKind.Enum
            ? $"{ClrTypes.Of(type)}.{Identifiers.ToPascal(text)}"
            : type.Scalar switch
            {
                ScalarType.String => String(text),
                ScalarType.Int => text,
                ScalarType.Long => text + "L",
                ScalarType.Double => Double(double.Parse(text, NumberStyles.Float, invariant)),
                ScalarType.Decimal => text + "M",
                ScalarType.Bool => text,
                ScalarType.Date => $"global::KnowledgeGraph.PartialDate.Parse({String(text)})",
                ScalarType.DateTime => $"global::System.DateTimeOffset.Parse({String(text)}, global::System.Globalization.CultureInfo.InvariantCulture)",
                ScalarType.Uri => $"new global::System.Uri({String(text)})",
                _ => throw new System.ArgumentOutOfRangeException(nameof(type), type.Scalar, "Not a scalar type."),
            };
    }

    private static string Double(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "D";
}
