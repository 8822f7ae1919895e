using System.Collections.Generic;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>A node of a YAML document with its location; the syntax reader walks these.</summary>
public abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>How the node is named in messages ("a mapping", "a list", "a scalar").</summary>
    public abstract string ShapeName { get; }
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourceSpan span) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True for an unquoted scalar, where '', '~' and 'null' mean "no value".</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string ShapeName => IsNull ? "empty" : "a scalar";

    public Located ToLocated() => new(Value, Span);
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(EquatableArray<YamlNode> items, SourceSpan span) : base(span) => Items = items;

    public EquatableArray<YamlNode> Items { get; }

    public override string ShapeName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(EquatableArray<KeyValuePair<YamlScalar, YamlNode>> entries, SourceSpan span) : base(span) => Entries = entries;

    public EquatableArray<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string ShapeName => "a mapping";
}
