#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj
#:project Dump/KnowledgeGraph.Samples.Dump.csproj

// Draws the seed ontology and graph: dotnet run samples/draw-izyum.cs -- OUT
// Writes Graphviz DOT (.dot) and Mermaid (.mmd) text into OUT (a new temporary folder when none is given), an SVG of
// each DOT file when Graphviz's `dot` is installed (apt-get install graphviz), and the explorer: izyum-explorer.html,
// one page that works offline (open it in a browser; click an entity to see its facts and quotes).
using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using Izyum;

var folder = args.Length > 0 ? args[0] : Directory.CreateTempSubdirectory("izyum-pictures-").FullName;
Directory.CreateDirectory(folder);
var graph = IzyumGraph.Create();

var pictures = new (string Name, string Dot, string Mermaid)[]
{
    ("ontology", IzyumGraph.Schema.ToDot(), IzyumGraph.Schema.ToMermaid()),
    ("izyum-graph", graph.Picture().ToDot(), graph.Picture().ToMermaid()),
    ("around-izyum", graph.NeighbourhoodPicture(Entities.Izyum).ToDot(), graph.NeighbourhoodPicture(Entities.Izyum).ToMermaid()),
};

var rendered = true;
foreach (var (name, dot, mermaid) in pictures)
{
    var dotFile = Path.Combine(folder, name + ".dot");
    File.WriteAllText(dotFile, dot);
    File.WriteAllText(Path.Combine(folder, name + ".mmd"), mermaid);
    rendered &= Render(dotFile, Path.Combine(folder, name + ".svg"));
    Console.WriteLine($"{name}: {dotFile[..^4]}.{{dot,mmd{(rendered ? ",svg" : string.Empty)}}}");
}

var explorer = Path.Combine(folder, "izyum-explorer.html");
File.WriteAllText(explorer, graph.Picture().ToHtml("The Izyum offensive, September 2022"));
Console.WriteLine($"explorer: {explorer}");

if (!rendered)
{
    Console.WriteLine("Graphviz's dot was not found, so no SVG was drawn: install it (apt-get install graphviz) and run again.");
}

return 0;

static bool Render(string dotFile, string svgFile)
{
    try
    {
        using var process = Process.Start(new ProcessStartInfo("dot", ["-Tsvg", dotFile, "-o", svgFile]) { UseShellExecute = false, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dot could not draw {dotFile}: {errors}");
        }

        return true;
    }
    catch (Win32Exception)
    {
        return false;
    }
}
