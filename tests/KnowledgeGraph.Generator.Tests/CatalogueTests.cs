using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>docs/diagnostics.md lists exactly the diagnostics the code has.</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Every_id_in_the_code_is_in_the_catalogue_and_the_reverse()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));
        var documented = Regex.Matches(catalogue, @"^\| (KG\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Descriptors.All.Select(d => d.Id), documented);
        Assert.Equal(documented.Count, documented.Distinct().Count());
    }
}
