extern alias generator;

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using KnowledgeGraphGenerator = generator::KnowledgeGraph.Generator.KnowledgeGraphGenerator;

namespace KnowledgeGraph.Benchmarks.Generator;

/// <summary>Runs the generator in process over in-memory files, as the compiler does, without step tracking.</summary>
public static class GeneratorRunner
{
    public const string Root = "/project/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>The generator reads no C#, so an empty compilation is all it needs.</summary>
    public static Compilation EmptyCompilation() =>
        CSharpCompilation.Create("Consumer", null, null, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new KnowledgeGraphGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static IReadOnlyList<AdditionalText> Texts(IEnumerable<(string Name, string Text)> files) =>
        files.Select(f => (AdditionalText)new MemoryText(Root + f.Name, f.Text)).ToList();

    public static AdditionalText Text(string name, string text) => new MemoryText(Root + name, text);

    private sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
