using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KnowledgeGraph.Generator.Tests.Fuzzing;

/// <summary>
/// Makes broken and odd ontology files: mutations of real ones (lines dropped, swapped, re-indented, truncated,
/// tokens replaced) and hostile YAML (tabs, unclosed quotes and brackets, duplicate keys, anchors and aliases, tags,
/// byte-order marks, invalid UTF-8, huge scalars, deep nesting, alias bombs) and generated inputs of the kinds attacks
/// found (<see cref="GeneratedInputs"/>). Deterministic for a given seed.
/// </summary>
internal sealed class YamlMutator
{
    private static readonly string[] Significant = { ":", "{", "}", "[", "]", ",", "&a", "*a", "!tag", "|", ">", "'", "\"", "%", "@", "`", "#", "- ", "? ", "\t", "\r", "\0", "\uFEFF", "\u2028", "->" };
    private static readonly string[] Words = { "type", "is", "roles", "properties", "implies", "from", "to", "by", "date", "start", "end", "source", "quote", "document", "Actor", "Place", "Event", "izyum", "russianForces", "partOf", "withdrewFrom", "int?", "Place+", "2022-13-45", "null", "~", "true", "Ізюм", "event", "class" };

    private readonly Random _random;
    private readonly IReadOnlyList<string> _corpus;

    private readonly GeneratedInputs _generated;

    public YamlMutator(int seed, IReadOnlyList<string> corpus)
    {
        _random = new Random(seed);
        _corpus = corpus;
        _generated = new GeneratedInputs(_random);
    }

    public string Next()
    {
        var choice = _random.Next(24);
        return choice switch
        {
            < 12 => Mutate(_corpus[_random.Next(_corpus.Count)], 1 + _random.Next(4)),
            12 => RandomTree(),
            13 => Hostile(),
            < 20 => Mutate(RandomTree(), 1 + _random.Next(3)),
            20 => _random.Next(3) == 0 ? Mutate(_generated.Structure(), 1) : _generated.Structure(),
            21 => _generated.Dates(),
            22 => _random.Next(3) == 0 ? Mutate(_generated.Unicode(), 1) : _generated.Unicode(),
            _ => _generated.NamesInCode(),
        };
    }

    /// <summary>A second file for some inputs: one that declares some of the same names in the same namespace.</summary>
    public string? Companion(string input) => _random.Next(12) == 0 ? _generated.SameNames(input) : null;

    private string Mutate(string text, int times)
    {
        for (var i = 0; i < times; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = _random.Next(lines.Count);
        switch (_random.Next(11))
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[_random.Next(lines.Count)]);
                break;
            case 2:
                var other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 3:
                lines[line] = new string(' ', _random.Next(8)) + lines[line].TrimStart();
                break;
            case 4:
                return text.Substring(0, _random.Next(text.Length + 1));
            case 5:
                lines[line] = Insert(lines[line], Significant[_random.Next(Significant.Length)]);
                break;
            case 6:
                lines[line] = Insert(lines[line], Words[_random.Next(Words.Length)]);
                break;
            case 7:
                lines[line] = ReplaceWord(lines[line]);
                break;
            case 8:
                lines[line] = lines[line].Replace("  ", "\t");
                break;
            case 9:
                lines[line] = lines[line].Replace(": ", _random.Next(2) == 0 ? ":" : ": [");
                break;
            default:
                if (lines[line].Length > 0)
                {
                    lines[line] = lines[line].Remove(_random.Next(lines[line].Length), 1);
                }

                break;
        }

        return string.Join("\n", lines);
    }

    private string Insert(string line, string token) => line.Insert(_random.Next(line.Length + 1), token);

    private string ReplaceWord(string line)
    {
        var words = line.Split(' ');
        words[_random.Next(words.Length)] = Words[_random.Next(Words.Length)];
        return string.Join(" ", words);
    }

    private string RandomTree()
    {
        var builder = new StringBuilder("namespace: Fuzz\n");
        foreach (var section in new[] { "types", "relations", "entities", "events", "facts", "enums", "documents" }.Where(_ => _random.Next(2) == 0))
        {
            builder.Append(section).Append(":\n");
            for (var i = 0; i < 1 + _random.Next(4); i++)
            {
                builder.Append(section == "facts" ? "  - " : "  " + Word() + ": ").Append(RandomValue(2)).Append('\n');
            }
        }

        return builder.ToString();
    }

    private string RandomValue(int depth) => (depth <= 0 ? _random.Next(2) : _random.Next(4)) switch
    {
        0 => Word(),
        1 => string.Join(" ", Enumerable.Range(0, 3).Select(_ => Word())),
        2 => "{ " + string.Join(", ", Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => Word() + ": " + RandomValue(depth - 1))) + " }",
        _ => "[" + string.Join(", ", Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth - 1))) + "]",
    };

    private string Word() => Words[_random.Next(Words.Length)];

    private string Hostile() => _random.Next(12) switch
    {
        0 => string.Empty,
        1 => "\uFEFFnamespace: Bom\ntypes:\n  A: { is: Actor }\n",
        2 => "namespace: X\nentities:\n  a: { type: \"unclosed }\n",
        3 => "namespace: X\ntypes: [[[[{\n",
        4 => "namespace: X\ntypes:\n  A: { is: Actor }\n  A: { is: Place }\n",
        5 => "namespace: X\na: &a [x, x]\nb: [*a, *a]\n",
        6 => "namespace: X\nentities:\n  a: !!python/object { type: A }\n",
        7 => "namespace: X\ndoc: " + new string('x', 200_000) + "\n",
        8 => "namespace: X\nx: " + new string('[', 5_000) + new string(']', 5_000) + "\n",
        9 => "namespace: X\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"l{i}: &l{i} [" + string.Join(",", Enumerable.Repeat(i == 0 ? "x" : $"*l{i - 1}", 10)) + "]\n")),
        10 => Encoding.UTF8.GetString(new byte[] { 0x6E, 0x61, 0xC3, 0x28, 0xFF, 0xFE, 0x3A, 0x20, 0x80 }),
        _ => "--- \nnamespace: A\n...\n---\nnamespace: B\n",
    };
}
