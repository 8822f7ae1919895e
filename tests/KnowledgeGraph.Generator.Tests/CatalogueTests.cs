using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Tests.Shared;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>docs/diagnostics.md lists exactly the diagnostics the code has, each with the section its help link opens.</summary>
public sealed class CatalogueTests
{
    private static readonly string Catalogue = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));

    [Fact]
    public void Every_id_in_the_code_has_a_section_in_the_catalogue_and_the_reverse()
    {
        // A heading "### KG0016" is the section a help link "#kg0016" opens.
        var sections = Regex.Matches(Catalogue, @"^### (KG\d{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Descriptors.All.Select(d => d.Id), sections);
    }

    [Fact]
    public void The_index_lists_every_id_with_its_title_and_links_to_its_section()
    {
        var index = Regex.Matches(Catalogue, @"^\| \[(KG\d{4})\]\(#(kg\d{4})\) \| (.+) \|$", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Anchor: m.Groups[2].Value, Title: m.Groups[3].Value))
            .ToList();

        Assert.Equal(Descriptors.All.Select(d => (d.Id, d.HelpAnchor, d.Title)), index);
    }

    [Fact]
    public void Each_section_opens_with_the_title_and_the_description_of_its_id()
    {
        // The description the compiler shows (and SARIF's fullDescription) is the section's first sentence, word for word.
        Assert.All(Descriptors.All, d => Assert.Contains($"### {d.Id}\n\n**{d.Title}.** {d.Description}\n", Catalogue.Replace("\r\n", "\n"), System.StringComparison.Ordinal));
        Assert.All(Descriptors.All, d => Assert.NotEqual(string.Empty, d.Description));
    }
}
