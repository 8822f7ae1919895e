using System.Collections.Generic;
using System.Text;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Names the generated class that holds a data file's table after the file (<c>izyum.kg.yaml</c> gets
/// <c>IzyumData</c>); files of the same name in different folders get a number, in the order of their paths. Names
/// are compared ignoring case (<c>IZYUM.kg.yaml</c> and <c>izyum.kg.yaml</c> give <c>IZYUMData</c> and <c>IzyumData2</c>):
/// each names a generated file, and the compiler compares those names ignoring case.
/// </summary>
internal static class DataFileNames
{
    public static IEnumerable<DataFileEntry> Assign(SortedDictionary<string, string> files)
    {
        var used = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = Name(file.Key);
            used[name] = used.TryGetValue(name, out var count) ? count + 1 : 1;
            yield return new DataFileEntry(file.Key, used[name] == 1 ? name : name + used[name], file.Value);
        }
    }

    private static string Name(string path)
    {
        var fileName = PathUtilities.FileName(path);
        if (fileName.EndsWith(".kg.yaml", System.StringComparison.OrdinalIgnoreCase))
        {
            fileName = fileName.Substring(0, fileName.Length - ".kg.yaml".Length);
        }

        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in fileName)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.Append("Data").ToString();
    }
}
