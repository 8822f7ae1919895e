using System.Globalization;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>The generated code is byte-identical whatever the order of the files, the culture or the line endings.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void File_order_does_not_change_the_output()
    {
        var files = GeneratorHarness.SeedFiles();
        Assert.Equal(Output(files), Output(files.Reverse().ToArray()));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_culture_does_not_change_the_output(string culture)
    {
        var expected = Output(GeneratorHarness.SeedFiles());
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Output(GeneratorHarness.SeedFiles()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    [Fact]
    public void Crlf_line_endings_do_not_change_the_output()
    {
        var files = GeneratorHarness.SeedFiles();
        var crlf = files.Select(f => (f.Name, f.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).ToArray();
        Assert.Equal(Output(files), Output(crlf));
    }

    [Fact]
    public void Diagnostics_are_the_same_whatever_the_file_order()
    {
        var files = new[] { ("a.kg.yaml", "namespace: A\ntypes:\n  T: { is: Actr }\n"), ("b.kg.yaml", "namespace: B\ntypes:\n  T: { is: Place }\n") };
        string Diagnostics((string, string)[] input) => string.Join("\n", GeneratorHarness.Run(input).GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Equal(Diagnostics(files), Diagnostics(files.Reverse().ToArray()));
    }

    private static string Output((string Name, string Text)[] files) =>
        string.Join("\n", GeneratorHarness.Run(files).Sources.Select(s => s.HintName + "\n" + s.SourceText));
}
