using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeGraph.Language.Diagnostics;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>docs/diagnostics.md lists exactly the diagnostics the code has.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Every_id_in_the_code_is_in_the_catalogue_and_the_reverse()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
        {
            folder = folder.Parent!;
        }

        var catalogue = File.ReadAllText(Path.Combine(folder.FullName, "docs", "diagnostics.md"));
        var documented = Regex.Matches(catalogue, @"^\| (KG\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Descriptors.All.Select(d => d.Id), documented);
        Assert.Equal(documented.Count, documented.Distinct().Count());
    }
}
