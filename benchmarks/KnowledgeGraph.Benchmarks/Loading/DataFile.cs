using System;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Loading;

/// <summary>
/// A large data file for the compiled <c>Schema/bench.kg.yaml</c>: items with properties, sites in regions, incidents
/// at sites, and facts in short and long form. The same arguments always give the same text.
/// </summary>
public static class DataFile
{
    public static string Create(int items, int facts)
    {
        var random = new Random(items);
        var text = new StringBuilder("namespace: BenchData\n\nentities:\n");
        const int regions = 20;
        for (var r = 0; r < regions; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  region{r}: {{ type: Region, name: Region {r} }}\n");
        }

        var sites = items / 10;
        for (var s = 0; s < sites; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  site{s}:\n    type: Site\n    name: Site number {s}\n    population: {random.Next(100, 100_000)}\n    partOf: region{s % regions}\n");
        }

        for (var i = 0; i < items; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  item{i}: {{ type: Item, name: \"Item {i}\", code: C-{i:x6}, size: {random.Next(1000)} }}\n");
        }

        text.Append("\nevents:\n");
        var first = new DateOnly(2020, 1, 1);
        for (var e = 0; e < items / 10; e++)
        {
            var day = first.AddDays(random.Next(5 * 365));
            text.Append(CultureInfo.InvariantCulture, $"  incident{e}: {{ type: Incident, at: site{random.Next(sites)}, by: item{random.Next(items)}, date: {day:yyyy-MM-dd} }}\n");
        }

        text.Append("\nfacts:\n");
        for (var f = 0; f < facts; f++)
        {
            var (subject, relation, @object) = (random.Next(items), random.Next(1, 21), random.Next(items));
            if (f % 10 == 0)
            {
                var day = first.AddDays(random.Next(5 * 365));
                text.Append(CultureInfo.InvariantCulture, $"  - subject: item{subject}\n    relation: link{relation:00}\n    object: item{@object}\n    date: {day:yyyy-MM-dd}\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"  - item{subject} link{relation:00} item{@object}\n");
            }
        }

        return text.ToString();
    }
}
