using System;
using System.Text;

namespace KnowledgeGraph.Sdk.Tests.Yaml;

/// <summary>
/// Random YAML texts for comparing two parsers: nested block mappings and lists (indented, indentless and compact),
/// one-line flow collections, scalars of every style with characters YAML gives meaning to, comments, blank lines,
/// CRLF and missing final line breaks; and mutations of them, most of which break them somewhere.
/// </summary>
internal static class RandomYaml
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_";
    private static readonly string[] Specials =
    [
        " ", " ", "-", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", "''", "\"", "\\", "\\\"", "&", "*", "!", "|", ">",
        "%", "@", "?", "~", ".", "/", " *", " &", " !", "é", "😀", "\u00A0", "\t", "---", "...", " - ", "null",
    ];

    public static string Document(Random random)
    {
        var text = new StringBuilder();
        switch (random.Next(20))
        {
            case 0:
                BlockSequence(random, text, 0, 0, indentless: false);
                break;
            case 1:
                text.Append(Flow(random, 0)).Append('\n');
                break;
            case 2:
                text.Append(Scalar(random, flow: false)).Append('\n');
                break;
            default:
                BlockMapping(random, text, random.Next(4) == 0 ? random.Next(1, 3) : 0, 0);
                break;
        }

        var result = text.ToString();
        if (random.Next(6) == 0)
        {
            result = result.Replace("\n", "\r\n");
        }

        if (random.Next(5) == 0)
        {
            result = result.TrimEnd('\n', '\r') + (random.Next(2) == 0 ? "  " : string.Empty);
        }

        return random.Next(8) == 0 ? "# heading\n\n" + result : result;
    }

    public static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, random.Next(3) == 0 ? "\n" : Specials[random.Next(Specials.Length)]);
                    break;
                case 2:
                    builder.Insert(at, random.Next(2) == 0 ? " " : "  ");
                    break;
                default:
                    var lineStart = at > 0 ? builder.ToString().LastIndexOf('\n', at - 1) + 1 : 0;
                    if (lineStart < builder.Length && builder[lineStart] == ' ')
                    {
                        builder.Remove(lineStart, 1);
                    }
                    else
                    {
                        builder.Insert(lineStart, "  ");
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static void BlockMapping(Random random, StringBuilder text, int indent, int depth)
    {
        var keys = random.Next(1, 5);
        for (var k = 0; k < keys; k++)
        {
            if (k > 0)
            {
                Line(random, text, indent);
            }

            text.Append(' ', indent);
            KeyAndValue(random, text, indent, depth);
        }
    }

    /// <summary>"key: value" from where the key starts; the lines of a nested value follow.</summary>
    private static void KeyAndValue(Random random, StringBuilder text, int indent, int depth)
    {
        text.Append(Key(random)).Append(':');
        var choice = depth >= 4 ? random.Next(4) : random.Next(8);
        switch (choice)
        {
            case 0:
            case 1:
                text.Append(' ').Append(Scalar(random, flow: false)).Append(Comment(random)).Append('\n');
                break;
            case 2:
                text.Append(' ').Append(Flow(random, depth)).Append(Comment(random)).Append('\n');
                break;
            case 3:
                text.Append(random.Next(2) == 0 ? " " : string.Empty).Append(Comment(random)).Append('\n');
                break;
            case 4:
            case 5:
                text.Append(Comment(random)).Append('\n');
                Line(random, text, indent);
                BlockMapping(random, text, indent + random.Next(1, 4), depth + 1);
                break;
            case 6:
                text.Append('\n');
                BlockSequence(random, text, indent + random.Next(1, 3), depth + 1, indentless: false);
                break;
            default:
                text.Append('\n');
                BlockSequence(random, text, indent, depth + 1, indentless: true);
                break;
        }
    }

    private static void BlockSequence(Random random, StringBuilder text, int indent, int depth, bool indentless)
    {
        var items = random.Next(1, 4);
        for (var i = 0; i < items; i++)
        {
            if (i > 0)
            {
                Line(random, text, indent);
            }

            text.Append(' ', indent).Append('-');
            switch (depth >= 4 ? random.Next(2) : random.Next(5))
            {
                case 0:
                    text.Append(' ').Append(Scalar(random, flow: false)).Append(Comment(random)).Append('\n');
                    break;
                case 1:
                    text.Append(' ').Append(Flow(random, depth)).Append('\n');
                    break;
                case 2:
                    text.Append(' ');
                    var keys = random.Next(1, 3);
                    for (var k = 0; k < keys; k++)
                    {
                        if (k > 0)
                        {
                            text.Append(' ', indent + 2);
                        }

                        KeyAndValue(random, text, indent + 2, depth + 1);
                    }

                    break;
                case 3:
                    text.Append('\n');
                    BlockMapping(random, text, indent + 2, depth + 1);
                    break;
                default:
                    text.Append('\n');
                    BlockSequence(random, text, indent + 2, depth + 1, indentless: false);
                    break;
            }
        }
    }

    /// <summary>Now and then a blank line or a comment line between two lines of content.</summary>
    private static void Line(Random random, StringBuilder text, int indent)
    {
        switch (random.Next(12))
        {
            case 0:
                text.Append('\n');
                break;
            case 1:
                text.Append(' ', random.Next(indent + 3)).Append("# note").Append('\n');
                break;
            case 2:
                text.Append("   \n");
                break;
        }
    }

    private static string Flow(Random random, int depth)
    {
        var mapping = random.Next(2) == 0;
        var count = random.Next(4);
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var value = depth < 3 && random.Next(5) == 0 ? Flow(random, depth + 1) : Scalar(random, flow: true);
            parts[i] = mapping ? Key(random) + ": " + value : value;
        }

        var separator = random.Next(3) == 0 ? "," : ", ";
        var padding = random.Next(2) == 0 ? " " : string.Empty;
        return (mapping ? "{" : "[") + padding + string.Join(separator, parts) + padding + (mapping ? "}" : "]");
    }

    private static string Key(Random random) =>
        random.Next(10) switch
        {
            0 => "'" + Word(random) + "'",
            1 => "\"" + Word(random) + "\"",
            2 => Word(random) + Specials[random.Next(Specials.Length)] + Word(random),
            _ => Word(random),
        };

    private static string Scalar(Random random, bool flow)
    {
        switch (random.Next(8))
        {
            case 0:
                return "'" + Text(random).Replace("'", "''") + "'";
            case 1:
                return "\"" + Text(random).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            case 2:
                return random.Next(2) == 0 ? "-" + random.Next(100) : "2022-09-" + random.Next(10, 30);
            case 3:
                return Text(random);
            default:
                var words = random.Next(1, 4);
                var builder = new StringBuilder(Word(random));
                for (var i = 1; i < words; i++)
                {
                    builder.Append(' ').Append(Word(random));
                }

                return builder.ToString();
        }
    }

    /// <summary>A word with now and then a character YAML gives meaning to.</summary>
    private static string Text(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(1, 4);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(2) == 0 ? Word(random) : Specials[random.Next(Specials.Length)]);
        }

        return builder.ToString();
    }

    private static string Word(Random random)
    {
        var length = random.Next(1, 7);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Letters[random.Next(Letters.Length)]);
        }

        return builder.ToString();
    }

    private static string Comment(Random random) => random.Next(6) == 0 ? "  # why" : string.Empty;
}
