using System.IO;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>The floor every reading of YAML stands on: YamlDotNet's own parse of a text into its representation model.</summary>
public static class YamlBaseline
{
    public static YamlStream Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream;
    }
}
