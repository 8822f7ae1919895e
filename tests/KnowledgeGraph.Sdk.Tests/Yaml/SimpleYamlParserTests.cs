using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Yaml;

/// <summary>
/// The simple YAML parser must give what YamlDotNet's gives for every text it reads: the same nodes, values, styles and
/// places, and the same diagnostics. Each text here is read with both and the two readings are compared whole.
/// </summary>
public class SimpleYamlParserTests
{
    [Theory]
    [InlineData("a: b\nc:\n  d: e   # x\n  f: [g, \"h\", {i: j}]\nk:\n- l\n- m: n\n  o: p\n\n# end\nq: \nr: s\n")]
    [InlineData("facts:\n  - a\n  - b   # c\nx: y")]
    [InlineData("q:   # c\nr:\n")]
    [InlineData("- \n  a: b\n- c\n")]
    [InlineData("'k': 'it''s'\n\"d\": \"a\\\\\\\"b\"\nx: y  ")]
    [InlineData("a:\n  b:\n    c: d\ne: f # z")]
    [InlineData("a: b\r\nc: [1, 2]\r\n")]
    [InlineData("a: é b\nc: ü\u00A0d\n")]
    [InlineData("{a: b, c: [d, {e: f}], g: []}\n")]
    [InlineData("a: 12:30\nb: http://example.org/x#y\nc: -5\nd: C-00001f\n")]
    [InlineData("- a b c\n- [x, y]\n- {k: v}\n-\n  - nested\n")]
    [InlineData("entities:\n  item0: { type: Item, name: \"Item 0\", code: C-000000, size: 5 }\n")]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("plain scalar\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a & b: c & d\ne: {f & g: h ! i}\n")]
    [InlineData("x:\n  a & b: c\n  d ! e: f\n")]
    [InlineData("- a ! b: c\n")]
    [InlineData("{a & b: c ! d, e: f&g}\n")]
    [InlineData("- a & b: c\n  d: e\n")]
    [InlineData("a: b*c d*\n")]
    public void Reads_the_common_shapes_as_YamlDotNet_does(string text)
    {
        Assert.True(SimpleYamlParser.Reads(text, YamlLimits.Default), "The simple parser should read this text.");
        AssertSameReading(text);
    }

    [Theory]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: first\n  second\n")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !tag b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("%YAML 1.2\n---\na: b\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: \"line\\nbreak\"\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a : b\n")]
    [InlineData("a:\n    b: c\n  d: e\n")]
    [InlineData("a: 'unterminated\n")]
    [InlineData("\uFEFFa: b\n")]
    [InlineData("a: 😀\n")]
    [InlineData("a: b\rc: d\n")]
    [InlineData("- - a\n")]
    [InlineData("[a, ]\n")]
    [InlineData("{a}\n")]
    [InlineData("a *b: c\n")]
    [InlineData("a *b: c\nd: e\n")]
    [InlineData("x:\n  a *b: c\n")]
    [InlineData("- a *b: c\n  d: e\n")]
    [InlineData("{a *b: c}\n")]
    [InlineData("a *b:\n- c\n")]
    [InlineData("entities:\n  x *y: {type: T}\n")]
    [InlineData("a *: b\n")]
    [InlineData("a: 1\na: 2\nb: |\n  text\n")]
    public void Leaves_other_shapes_and_every_mistake_to_YamlDotNet(string text)
    {
        Assert.False(SimpleYamlParser.Reads(text, YamlLimits.Default), "The simple parser should leave this text to YamlDotNet.");
        AssertSameReading(text);
    }

    [Fact]
    public void Reads_the_repository_s_ontology_and_data_files_and_gives_what_YamlDotNet_gives()
    {
        var files = Directory.EnumerateFiles(RepositoryRoot.Path, "*.kg.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(SimpleYamlParser.Reads(text, YamlLimits.Default), $"{file} is not read by the simple parser.");
            AssertSameReading(text, file);
        }
    }

    [Fact]
    public void Gives_what_YamlDotNet_gives_on_thousands_of_generated_and_mutated_texts()
    {
        // KG_YAML_FUZZ_SEED and KG_YAML_FUZZ_COUNT run other and more texts by hand (a change to either parser deserves
        // a few hundred thousand); the suite runs the same 6,000 every time.
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("KG_YAML_FUZZ_SEED") ?? "20261127", System.Globalization.CultureInfo.InvariantCulture));
        var count = int.Parse(Environment.GetEnvironmentVariable("KG_YAML_FUZZ_COUNT") ?? "6000", System.Globalization.CultureInfo.InvariantCulture);
        var (read, left) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var text = RandomYaml.Document(random);
            if (i % 2 == 1)
            {
                text = RandomYaml.Mutate(random, text);
            }

            if (SimpleYamlParser.Reads(text, YamlLimits.Default))
            {
                read++;
            }
            else
            {
                left++;
            }

            AssertSameReading(text, $"generated text {i}");
        }

        // Both parsers must have been exercised: a generator that made only what one of them reads would prove nothing.
        Assert.True(read > count / 4, $"only {read} texts were read by the simple parser");
        Assert.True(left > count / 4, $"only {left} texts were left to YamlDotNet");
    }

    [Fact]
    public void Hands_the_same_items_over_to_a_sink()
    {
        var text = "namespace: N\nentities:\n  a: { type: T, name: A }\n  b:\n    type: T\n  a: { type: T }\nfacts:\n  - a r b\n  - subject: a\n    relation: r\n    object: b\n";
        Assert.True(SimpleYamlParser.Reads(text, YamlLimits.Default));
        Assert.Equal(Read(text, "f", YamlParsers.YamlDotNet, withSink: true), Read(text, "f", YamlParsers.SimpleOnly, withSink: true));
    }

    [Fact]
    public void Stops_at_the_node_limit_where_YamlDotNet_does()
    {
        var text = string.Concat(Enumerable.Range(0, 50).Select(i => $"k{i}: [a, b, {{c: d}}]\n"));
        var limits = new YamlLimits(MaxNodes: 77);
        Assert.True(SimpleYamlParser.Reads(text, limits));
        var simple = Read(text, "f", YamlParsers.SimpleOnly, limits: limits);
        Assert.Contains("KG", simple);
        Assert.Equal(Read(text, "f", YamlParsers.YamlDotNet, limits: limits), simple);
    }

    [Fact]
    public void Stops_at_the_node_limit_where_YamlDotNet_does_in_a_text_it_then_leaves_to_YamlDotNet()
    {
        // The simple parser reaches the limit at 'b', where YamlDotNet reads the plain scalar 'b c' over two lines.
        var text = "a: b\n  c\n";
        var limits = new YamlLimits(MaxNodes: 2);
        Assert.False(SimpleYamlParser.Reads(text, limits));
        var reading = Read(text, "f", YamlParsers.Either, limits: limits);
        Assert.Contains("KG", reading);
        Assert.Equal(Read(text, "f", YamlParsers.YamlDotNet, limits: limits), reading);
    }

    [Fact]
    public void Leaves_nesting_past_the_depth_limit_to_YamlDotNet_which_reports_it()
    {
        var text = "a: " + new string('[', 70) + new string(']', 70) + "\n";
        Assert.False(SimpleYamlParser.Reads(text, YamlLimits.Default));
        var reading = Read(text, "f", YamlParsers.Either);
        Assert.Contains("deeper", reading, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertSameReading(string text, string name = "text")
    {
        var expected = Read(text, name, YamlParsers.YamlDotNet);
        var actual = Read(text, name, YamlParsers.Either);
        if (expected != actual)
        {
            Assert.Fail($"{name} reads differently:\n--- text ---\n{text}\n--- YamlDotNet ---\n{expected}\n--- simple ---\n{actual}");
        }
    }

    /// <summary>The whole reading as text: every node with its style and span, then every diagnostic with its place.</summary>
    private static string Read(string text, string name, YamlParsers parsers, bool withSink = false, YamlLimits? limits = null)
    {
        var diagnostics = new List<KgDiagnostic>();
        var sink = withSink ? new RecordingSink() : null;
        var root = YamlTreeReader.Read("file.kg.yaml", text, limits ?? YamlLimits.Default, diagnostics, new StringPool(), sink, parsers);
        var output = new StringBuilder();
        Write(output, root, 0);
        if (sink is not null)
        {
            output.Append(sink.Items);
        }

        foreach (var diagnostic in diagnostics)
        {
            output.Append(diagnostic.Id).Append(' ').Append(Describe(diagnostic.Span)).Append(' ').AppendLine(diagnostic.Message);
        }

        return output.ToString();
    }

    private static void Write(StringBuilder output, YamlNode? node, int depth)
    {
        output.Append(' ', 2 * depth);
        switch (node)
        {
            case null:
                output.AppendLine("(none)");
                break;
            case YamlScalar scalar:
                output.Append(scalar.IsPlain ? "plain " : "quoted ").Append('[').Append(scalar.Value).Append("] ").AppendLine(Describe(scalar.Span));
                break;
            case YamlSequence sequence:
                output.Append("list ").AppendLine(Describe(sequence.Span));
                foreach (var item in sequence.Items)
                {
                    Write(output, item, depth + 1);
                }

                break;
            case YamlMapping mapping:
                output.Append("mapping ").AppendLine(Describe(mapping.Span));
                foreach (var entry in mapping.Entries)
                {
                    Write(output, entry.Key, depth + 1);
                    Write(output, entry.Value, depth + 2);
                }

                break;
        }
    }

    private static string Describe(SourceSpan span) =>
        $"{span.Start}-{span.End} ({span.StartLine},{span.StartColumn})-({span.EndLine},{span.EndColumn})";

    private sealed class RecordingSink : IYamlItemSink
    {
        public StringBuilder Items { get; } = new();

        public bool Takes(string section, bool isMapping) => section is "entities" or "facts";

        public void Item(string section, YamlScalar? name, YamlNode value)
        {
            Items.Append("item of ").Append(section).Append(": ").Append(name?.Value ?? "-").Append(' ');
            Write(Items, value, 0);
        }
    }
}
