using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>Every wording of every id: a real sentence whose placeholders the arguments fill, under its id's title and severity.</summary>
public sealed class DescriptorTests
{
    /// <summary>Every descriptor of the catalogue, the ids' own and their other wordings (the nested classes included).</summary>
    public static IReadOnlyList<KgDiagnosticDescriptor> Wordings() =>
        new[] { typeof(Descriptors) }.Concat(typeof(Descriptors).GetNestedTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(KgDiagnosticDescriptor))
            .Select(f => (KgDiagnosticDescriptor)f.GetValue(null)!)
            .Distinct()
            .ToList();

    public static IEnumerable<object[]> AllWordings() => Wordings().Select(w => new object[] { w.Id, w.MessageFormat });

    [Theory]
    [MemberData(nameof(AllWordings))]
    public void A_wording_is_a_sentence_whose_placeholders_run_from_zero_without_gaps_or_format_specifiers(string id, string format)
    {
        var placeholders = Regex.Matches(format, @"(?<!\{)\{([^{}]*)\}(?!\})").Select(m => m.Groups[1].Value).ToList();

        Assert.All(placeholders, p => Assert.Matches(@"^\d+$", p));
        var numbers = placeholders.Select(int.Parse).Distinct().OrderBy(n => n).ToList();
        Assert.Equal(Enumerable.Range(0, numbers.Count), numbers);
        Assert.NotEqual("{0}", format.Trim());
        Assert.True(id == "KG0025" || !format.StartsWith("{0}", System.StringComparison.Ordinal) || format.Length > 12, $"{id}: '{format}' is not a sentence");
        Assert.Matches(@"^([A-Z'{]|[a-z]+:)", format); // a capital, a quoted name, or a prefixed name (kg:impliedBy)
    }

    [Fact]
    public void Every_wording_has_the_title_severity_and_help_anchor_of_its_id_and_no_two_are_the_same()
    {
        var wordings = Wordings();

        Assert.All(wordings, w =>
        {
            var own = Descriptors.Find(w.Id);
            Assert.Equal(own.Title, w.Title);
            Assert.Equal(own.Severity, w.Severity);
            Assert.Equal(w.Id.ToLowerInvariant(), w.HelpAnchor);
        });
        Assert.Equal(wordings.Count, wordings.Select(w => w.MessageFormat).Distinct().Count());
        Assert.Equal(Descriptors.All.Count, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void A_diagnostic_keeps_its_format_and_arguments_and_its_message_is_the_format_filled_in()
    {
        var span = new SourceSpan("/p/t.kg.yaml", 0, 1, 2, 3, 2, 4);

        var diagnostic = Descriptors.UnknownEntity.At(span, "kiev\u202E", "; did you mean 'kyiv'?");

        Assert.Equal(Descriptors.UnknownEntity.MessageFormat, diagnostic.MessageFormat);
        Assert.Equal(new[] { "kiev\\u202E", "; did you mean 'kyiv'?" }, diagnostic.Arguments);
        Assert.Equal("Unknown entity 'kiev\\u202E'; did you mean 'kyiv'?", diagnostic.Message);
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_culture_whatever_the_current_one()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var diagnostic = Descriptors.Limits.FileTooLarge.At(default, 1234567, 2.5m);

            Assert.Equal("The file has 1234567 characters, more than the limit of 2.5", diagnostic.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
