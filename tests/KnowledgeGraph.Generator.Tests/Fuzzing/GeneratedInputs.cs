using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KnowledgeGraph.Generator.Tests.Fuzzing;

/// <summary>
/// Inputs made to order, of the kinds an attack on purpose found where mutation did not: long chains of references in
/// either order (and closed into cycles), deep <c>is</c> hierarchies, dates at the ends of the calendar, Unicode
/// variants of names and text (decomposed, look-alike, bidi, invisible, outside the BMP, replacement characters), and
/// names and text that reach generated code. The data-only ones use the seed schema, so they also load at run time.
/// </summary>
internal sealed class GeneratedInputs
{
    private static readonly string[] BoundaryDates =
    {
        "1", "0001", "0000", "9999", "10000", "9999-12", "9999-12-31", "0001-01-01", "2022-02-29", "2024-02-29", "2022-13",
        "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00Z",
        "2022-09-10T14:30", "2022-09-10T24:00Z", "2022-09-10T14:30:00+14:00", "2022-09-10T14:30:00+15:00", " 2022", "2022 ",
    };

    private static readonly string[] Names =
    {
        "M\u00fcnchen", "Mu\u0308nchen", "\u0456zyum", "izyum", "\u0430\u0441\u0435", "ace", "tank\U0001F4A5", "Nod\u202Ee", "a\u200Db",
        "\u0130stanbul", "\u0131", "_", "__arglist", "\u0456\u0437\u044E\u043C", "\u03A9mega", "x\uFFFDy", "\uD800", "caf\u00e9", "cafe\u0301",
    };

    private static readonly string[] CodeText =
    {
        "*/ public static int X = 1; /*", "</summary><summary>", "\\u2028", "\\u2029", "\\u0085", "\\r\\n", "\\n#error boom", "\"\"\"", "\\\\",
        "{0}", "@class", "#if false", "\\t///", "&amp;", "<![CDATA[", "\\u202E", "\\0", "\\\"; } class Injected { //",
    };

    private static readonly string[] CodeNames = { "class", "@class", "global", "namespace", "__makeref", "System", "Object", "Entities", "Events", "Documents", "_1", "\u0660", "default", "value", "var" };

    private readonly Random _random;

    public GeneratedInputs(Random random) => _random = random;

    /// <summary>A chain of entities in declaration or reverse order, sometimes closed into a cycle, or a deep type hierarchy.</summary>
    public string Structure()
    {
        var size = new[] { 3, 40, 400, 2_000 }[_random.Next(4)];
        var text = new StringBuilder("namespace: Fuzz\n");
        if (_random.Next(2) == 0)
        {
            text.Append("types:\n  Node: { is: Place, properties: { next: Node? } }\nentities:\n");
            var reverse = _random.Next(2) == 0;
            var cycle = _random.Next(4) == 0;
            for (var i = 0; i < size; i++)
            {
                var next = reverse ? i + 1 : i - 1;
                var target = next >= 0 && next < size ? $"n{next}" : cycle ? $"n{(reverse ? 0 : size - 1)}" : null;
                text.Append(CultureInfo.InvariantCulture, $"  n{i}: {{ type: Node{(target is null ? string.Empty : ", next: " + target)} }}\n");
            }
        }
        else
        {
            text.Append("types:\n  T0: { is: Actor, properties: { p0: int? } }\n");
            for (var i = 1; i < Math.Min(size, 500); i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  T{i}: {{ is: T{i - 1}{(i % 50 == 0 ? $", properties: {{ p{i}: string? }}" : string.Empty)} }}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"entities:\n  deep: {{ type: T{Math.Min(size, 500) - 1}, p0: 1 }}\n");
        }

        return text.ToString();
    }

    /// <summary>Data on the seed schema with dates at the ends of the calendar, and impossible ones, everywhere dates go.</summary>
    public string Dates()
    {
        return "namespace: Fuzz\nentities:\n  land: { type: Country }\n  town: { type: Settlement }\n"
            + $"  army: {{ type: ArmedForces, state: land, side: Ukraine, founded: {Quote(Date())} }}\n"
            + "events:\n"
            + $"  taken: {{ type: Capture, by: army, of: town, {(_random.Next(2) == 0 ? "date: " + Quote(Date()) : "start: " + Quote(Date()) + ", end: " + Quote(Date()))} }}\n"
            + $"  retaken: {{ type: Capture, by: land, of: town, date: {Quote(Date())} }}\n"
            + $"facts:\n  - {{ subject: army, relation: controls, object: town, start: {Quote(Date())} }}\n";
    }

    /// <summary>Data on the seed schema whose ids, names, aliases and quotes are Unicode variants of each other.</summary>
    public string Unicode()
    {
        var first = Name();
        var second = Name();
        return "namespace: Fuzz\ndocuments:\n  article: { path: izyum-offensive.txt }\nentities:\n"
            + $"  {Key(first)}: {{ type: Settlement, name: {Quote(Name())}, aliases: [{Quote(Name())}] }}\n"
            + $"  {Key(second)}: {{ type: Settlement, partOf: {Key(first)}, source: {{ document: article, quote: {Quote(_random.Next(2) == 0 ? "Izyum" : Name())} }} }}\n"
            + $"facts:\n  - {Key(first)} partOf {Key(_random.Next(2) == 0 ? second : Name())}\n";
    }

    /// <summary>Data on the seed schema whose names, docs, titles and namespace are text that would break or hijack generated code.</summary>
    public string NamesInCode()
    {
        var ns = _random.Next(4) == 0 ? CodeNames[_random.Next(CodeNames.Length)] : "Fuzz";
        return $"namespace: {Key(ns)}\ndocuments:\n  article: {{ path: izyum-offensive.txt, title: {DoubleQuoted(Code())} }}\nentities:\n"
            + $"  {Key(CodeNames[_random.Next(CodeNames.Length)])}: {{ type: Settlement, name: {DoubleQuoted(Code())}, doc: {DoubleQuoted(Code() + Code())} }}\n"
            + $"  plain: {{ type: Region, name: {DoubleQuoted(Code())}, aliases: [{DoubleQuoted(Code())}] }}\n";
    }

    /// <summary>A file in the same namespace as <paramref name="input"/> that declares one of its names again.</summary>
    public string SameNames(string input)
    {
        var line = input.Split('\n').FirstOrDefault(l => l.StartsWith("namespace:", StringComparison.Ordinal)) ?? "namespace: Fuzz";
        var name = new[] { "n0", "deep", "town", "plain", "land", "T0", "Node", "article" }[_random.Next(8)];
        return _random.Next(3) switch
        {
            0 => $"{line}\nentities:\n  {name}: {{ type: Settlement }}\n",
            1 => $"{line}\ntypes:\n  {name}: {{ is: Place }}\n",
            _ => $"{line}\ndocuments:\n  {name}: {{ path: izyum-offensive.txt }}\n",
        };
    }

    private string Date() => BoundaryDates[_random.Next(BoundaryDates.Length)];

    private string Name() => Names[_random.Next(Names.Length)];

    private string Code() => CodeText[_random.Next(CodeText.Length)];

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Text whose escapes (\n, \u2028) YAML itself turns into the characters.</summary>
    private static string DoubleQuoted(string text) => "\"" + text.Replace("\"", "\\\"") + "\"";

    private static string Key(string name) => name.Any(c => c is '@' or '#' or '\uD800') ? Quote(name) : name;
}
