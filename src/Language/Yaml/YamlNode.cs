using System.Collections.Generic;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>A node of a YAML document with its location; the syntax reader walks these.</summary>
public abstract class YamlNode
{
    public abstract SourceSpan Span { get; }

    /// <summary>How the node is named in messages ("a mapping", "a list", "a scalar").</summary>
    public abstract string ShapeName { get; }
}

public sealed class YamlScalar : YamlNode
{
    // The scalar is its located text: the syntax takes that same object, so a large file's scalars are not copied.
    private readonly Located _located;

    public YamlScalar(string value, bool isPlain, SourceSpan span)
    {
        _located = new Located(value, span);
        IsPlain = isPlain;
    }

    public string Value => _located.Text;

    public override SourceSpan Span => _located.Span;

    /// <summary>True for an unquoted scalar, where '', '~' and 'null' mean "no value".</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string ShapeName => IsNull ? "empty" : "a scalar";

    public Located ToLocated() => _located;
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(EquatableArray<YamlNode> items, SourceSpan span)
    {
        Items = items;
        Span = span;
    }

    public override SourceSpan Span { get; }

    public EquatableArray<YamlNode> Items { get; }

    public override string ShapeName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(EquatableArray<KeyValuePair<YamlScalar, YamlNode>> entries, SourceSpan span)
    {
        Entries = entries;
        Span = span;
    }

    public override SourceSpan Span { get; }

    public EquatableArray<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string ShapeName => "a mapping";
}
