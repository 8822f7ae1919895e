using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Tests.Shared;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>
/// The JSON Schema that editors use to complete and check <c>*.kg.yaml</c> files (src/Sdk/schemas/kg.schema.json):
/// every file of the repository is valid against it, it refuses what the readers refuse, and its keys are the readers'.
/// </summary>
public sealed class EditorSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot.Path, "src", "Sdk", "schemas", "kg.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    public static IEnumerable<object[]> OntologyFiles() =>
        new[] { "seeds", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.kg.yaml", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => new object[] { Path.GetRelativePath(RepositoryRoot.Path, path) });

    [Theory]
    [MemberData(nameof(OntologyFiles))]
    public void Every_ontology_file_of_the_repository_is_valid(string file)
    {
        var result = Validate(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)));

        Assert.True(result.IsValid, Explain(result));
    }

    [Theory]
    [InlineData("namespace: T\nentitis: {}\n")]
    [InlineData("namespace: T\ntypes:\n  Town: { is: Place, propertes: { size: int } }\n")]
    [InlineData("namespace: T\nrelations:\n  holds: { from: Actor, too: Place }\n")]
    [InlineData("namespace: T\ndocuments:\n  doc: { path: a.txt, titel: A }\n")]
    [InlineData("namespace: T\nentities:\n  kyiv: { name: Kyiv }\n")]
    [InlineData("namespace: T\nfacts:\n  - { subject: a, relation: b, objekt: c }\n")]
    [InlineData("namespace: T\nomitted:\n  - { document: d, quote: q, reason: opinon }\n")]
    [InlineData("namespace: T\ntypes:\n  Town: { is: Place, abstract: maybe }\n")]
    public void A_mistake_the_readers_refuse_is_refused(string yaml)
    {
        Assert.False(Validate(yaml).IsValid);
    }

    [Fact]
    public void The_schemas_keys_are_the_keys_the_readers_accept()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        var defs = schema["$defs"]!;

        Assert.Equal(Sorted(SectionKeys.TopLevel), Keys(schema));
        Assert.Equal(Sorted(SectionKeys.Type), Keys(defs["type"]!));
        Assert.Equal(Sorted(SectionKeys.Member), Keys(defs["member"]!["oneOf"]![1]!));
        Assert.Equal(Sorted(SectionKeys.Relation), Keys(defs["relation"]!));
        Assert.Equal(Sorted(SectionKeys.Document), Keys(defs["document"]!));
        Assert.Equal(Sorted(SectionKeys.Entity), Keys(defs["entity"]!));
        Assert.Equal(Sorted(SectionKeys.Event), Keys(defs["event"]!));
        Assert.Equal(Sorted(SectionKeys.Fact), Keys(defs["fact"]!));
        Assert.Equal(Sorted(SectionKeys.Source), Keys(defs["source"]!));
        Assert.Equal(Sorted(SectionKeys.Omission), Keys(defs["omission"]!));
        Assert.Equal(Sorted(KnowledgeGraph.Language.Model.OmissionReasons.All), defs["omission"]!["properties"]!["reason"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).OrderBy(v => v, StringComparer.Ordinal));
    }

    private static IEnumerable<string> Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);

    private static IEnumerable<string> Sorted(IEnumerable<string> keys) => keys.OrderBy(k => k, StringComparer.Ordinal);

    private static EvaluationResults Validate(string yaml) =>
        Schema.Evaluate(ToJson(Root(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static YamlNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    /// <summary>YAML as an editor's YAML extension sees it (the YAML 1.2 core schema): plain true, numbers and null typed.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text) =>
        text is "" or "~" or "null" ? null
        : text is "true" or "True" or "TRUE" ? JsonValue.Create(true)
        : text is "false" or "False" or "FALSE" ? JsonValue.Create(false)
        : Regex.IsMatch(text, "^[-+]?[0-9]+$") && long.TryParse(text, out var whole) ? JsonValue.Create(whole)
        : Regex.IsMatch(text, @"^[-+]?([0-9]*\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$") ? JsonValue.Create(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture))
        : JsonValue.Create(text);

    private static string Explain(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.HasErrors).Take(10).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
}
