using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// Reads a mapping whose keys are fixed by the language: reports unknown keys with a suggestion and
/// hands out the values of the known ones.
/// </summary>
internal sealed class MappingReader
{
    // The entries with known keys. A mapping the language fixes has a handful of keys, so a scan beats a dictionary,
    // and a file of 100,000 entities reads 100,000 of these.
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries;

    private MappingReader(YamlMapping mapping)
    {
        Mapping = mapping;
        _entries = new List<KeyValuePair<YamlScalar, YamlNode>>(mapping.Entries.Count);
    }

    public YamlMapping Mapping { get; }

    /// <summary>Reads <paramref name="node"/> as a mapping of the given keys; null (with a diagnostic) if it is not a mapping.</summary>
    public static MappingReader? Open(
        YamlNode node, string what, IReadOnlyCollection<string> allowedKeys, List<KgDiagnostic> diagnostics, Func<string, bool>? extraKeys = null,
        Func<YamlNode, string?>? hint = null)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(Descriptors.WrongShape.At(node.Span, Capitalize(what), "a mapping", node.ShapeName));
            return null;
        }

        var reader = new MappingReader(mapping);
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var entry = mapping.Entries[i];
            var key = entry.Key.Value;
            if (allowedKeys.Contains(key) || (extraKeys?.Invoke(key) ?? false))
            {
                reader._entries.Add(entry);
            }
            else
            {
                var before = i > 0 ? mapping.Entries[i - 1].Value as YamlScalar : null;
                var split = before is not null && Suggestions.IsSplitNumber(key, entry.Key.Span, before.Value, before.Span);
                var suggestion = Suggestions.ForUnknownKey(key, split, allowedKeys);
                diagnostics.Add(Descriptors.UnknownKey.At(entry.Key.Span, key, what, suggestion.Length > 0 ? suggestion : hint?.Invoke(entry.Value) ?? string.Empty));
            }
        }

        return reader;
    }

    public YamlNode? this[string key] =>
        Find(key) is { } entry && !(entry.Value is YamlScalar { IsNull: true }) ? entry.Value : null;

    public YamlScalar? KeyOf(string key) => Find(key)?.Key;

    /// <summary>The entry of <paramref name="key"/>; the last one when the key is repeated (the YAML reader reports repeats).</summary>
    private KeyValuePair<YamlScalar, YamlNode>? Find(string key)
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return _entries[i];
            }
        }

        return null;
    }

    /// <summary>The value of <paramref name="key"/> as a located scalar, reporting any other shape.</summary>
    public Located? Scalar(string key, string what, List<KgDiagnostic> diagnostics)
    {
        var node = this[key];
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.ToLocated();
            default:
                diagnostics.Add(Descriptors.WrongShape.At(node.Span, $"'{key}' of {what}", "a single value", node.ShapeName));
                return null;
        }
    }

    public string? Text(string key, string what, List<KgDiagnostic> diagnostics) => Scalar(key, what, diagnostics)?.Text;

    public bool Flag(string key, string what, List<KgDiagnostic> diagnostics)
    {
        var value = Scalar(key, what, diagnostics);
        if (value is null)
        {
            return false;
        }

        if (ScalarParser.TryParseBool(value.Text, out var flag))
        {
            return flag;
        }

        diagnostics.Add(Descriptors.InvalidValue.At(value.Span, value.Text, "bool", key, "; write true or false"));
        return false;
    }

    /// <summary>A single scalar or a list of scalars, as a list.</summary>
    public EquatableArray<Located> Scalars(string key, string what, List<KgDiagnostic> diagnostics) =>
        this[key] is { } node ? ScalarList(node, key, what, diagnostics) : EquatableArray<Located>.Empty;

    /// <summary>
    /// A single scalar or a list of scalars, as a list. <paramref name="key"/> (if any) and <paramref name="what"/> name the
    /// value in messages ("'aliases' of entity 'izyum'"), put together only when there is something to report.
    /// </summary>
    public static EquatableArray<Located> ScalarList(YamlNode node, string? key, string what, List<KgDiagnostic> diagnostics)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                return EquatableArray<Located>.Empty;
            case YamlScalar scalar:
                return EquatableArray<Located>.Adopt(new[] { scalar.ToLocated() });
            case YamlSequence sequence:
                var items = new List<Located>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar)
                    {
                        items.Add(scalar.ToLocated());
                    }
                    else
                    {
                        diagnostics.Add(Descriptors.WrongShape.At(item.Span, $"Each item of {Described(key, what)}", "a single value", item.ShapeName));
                    }
                }

                return items.ToEquatableArray();
            default:
                diagnostics.Add(Descriptors.WrongShape.At(node.Span, Capitalize(Described(key, what)), "a value or a list of values", node.ShapeName));
                return EquatableArray<Located>.Empty;
        }
    }

    private static string Described(string? key, string what) => key is null ? what : $"'{key}' of {what}";

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
