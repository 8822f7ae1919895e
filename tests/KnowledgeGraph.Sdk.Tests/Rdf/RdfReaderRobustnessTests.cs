using System;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sdk.Tests.Rdf.Conformance;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests.Rdf;

/// <summary>
/// Broken text of every kind (the suites' files cut, with characters dropped, doubled or replaced by ones that matter
/// to the grammars) reads or fails with a located <see cref="RdfSyntaxException"/>, and never with any other exception.
/// </summary>
public sealed class RdfReaderRobustnessTests
{
    private const string Troublemakers = "<>\"'\\:._-@^#[](),;{} \n\r\tuU0%e+é\uD83D\uDE00";

    [Theory]
    [InlineData(W3cManifest.NTriples, "*.nt")]
    [InlineData(W3cManifest.Turtle, "*.ttl")]
    public void Mangled_suite_files_fail_only_with_syntax_errors(string suite, string pattern)
    {
        var random = new Random(20251125);
        foreach (var file in Directory.GetFiles(W3cManifest.Folder(suite), pattern).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            for (var round = 0; round < 12; round++)
            {
                var mangled = Mangle(text, random);
                var error = Record.Exception(() => Read(suite, mangled));
                Assert.True(
                    error is null or RdfSyntaxException { Line: >= 1, Column: >= 1 },
                    $"{Path.GetFileName(file)} mangled as {mangled}\nthrew {error}");
            }
        }
    }

    private static void Read(string suite, string text)
    {
        var reader = new StringReader(text);
        var triples = suite == W3cManifest.NTriples
            ? new NTriplesReader(reader).ReadTriples()
            : new TurtleReader(reader, "http://example.org/base/doc.ttl").ReadTriples();
        foreach (var triple in triples)
        {
            Assert.True(triple.SubjectAt.Line >= 1 && triple.ObjectAt.Column >= 1);
        }
    }

    private static string Mangle(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var change = random.Next(1, 4); change > 0; change--)
        {
            var at = random.Next(chars.Length + 1);
            switch (random.Next(4))
            {
                case 0 when at < chars.Length:
                    chars.Remove(at, 1);
                    break;
                case 1 when at < chars.Length:
                    chars.Insert(at, chars[at]);
                    break;
                case 2:
                    chars.Insert(at, Troublemakers[random.Next(Troublemakers.Length)]);
                    break;
                default:
                    chars.Length = at;
                    break;
            }
        }

        return chars.ToString();
    }
}
