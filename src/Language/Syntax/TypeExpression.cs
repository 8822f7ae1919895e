using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Parses <c>Name</c>, <c>Name?</c>, <c>Name+</c>, <c>Name*</c>, each optionally followed by <c>= default</c>.</summary>
internal sealed record TypeExpression(Located TypeName, Cardinality Cardinality, Located? Default)
{
    public static TypeExpression? Parse(YamlScalar scalar, string what, List<KgDiagnostic> diagnostics)
    {
        var text = scalar.Value;
        var equals = text.IndexOf('=');
        var typePart = equals < 0 ? text : text.Substring(0, equals);
        Located? defaultValue = null;
        if (equals >= 0)
        {
            var raw = text.Substring(equals + 1);
            var value = raw.Trim();
            defaultValue = ScalarSlicer.Slice(scalar, equals + 1 + raw.IndexOf(value, System.StringComparison.Ordinal), value.Length);
        }

        var trimmed = typePart.Trim();
        var cardinality = Cardinality.ExactlyOne;
        var name = trimmed;
        if (trimmed.Length > 0)
        {
            cardinality = trimmed[trimmed.Length - 1] switch
            {
                '?' => Cardinality.Optional,
                '+' => Cardinality.OneOrMore,
                '*' => Cardinality.Any,
                _ => Cardinality.ExactlyOne,
            };
            if (cardinality != Cardinality.ExactlyOne)
            {
                name = trimmed.Substring(0, trimmed.Length - 1).TrimEnd();
            }
        }

        if (name.Length == 0 || name.IndexOfAny(new[] { ' ', '\t', '?', '+', '*', '[', ']', ',' }) >= 0)
        {
            diagnostics.Add(Descriptors.WrongShape.At(scalar.Span, $"The type of {what}", "a type name with an optional '?', '+' or '*' (such as 'Place+')", $"'{text}'"));
            return null;
        }

        var typeName = ScalarSlicer.Slice(scalar, typePart.IndexOf(name, System.StringComparison.Ordinal), name.Length);
        return new TypeExpression(typeName, cardinality, defaultValue);
    }
}
