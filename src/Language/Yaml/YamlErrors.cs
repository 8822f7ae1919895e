using System;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using YamlDotNet.Core;

namespace KnowledgeGraph.Language.Yaml;

/// <summary>
/// Turns what YamlDotNet throws into a diagnostic that says what is wrong and where, for the mistakes whose parser
/// message or place would mislead: a tab used to indent, a key too long for YAML, an escape that names no character.
/// </summary>
internal static class YamlErrors
{
    /// <summary>The longest key YAML reads without an explicit '? ' before it.</summary>
    private const int MaxImplicitKey = 1024;

    public static KgDiagnostic Explain(YamlException exception, string text, SourceSpan at, Func<int, int, SourceSpan> spanAt)
    {
        var message = ParserMessage(exception);
        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && IndentingTab(text, at.Start) is { } tab)
        {
            return Descriptors.InvalidYaml.At(spanAt(tab, 1), "a tab indents this line; YAML indents with spaces only: replace the tab with spaces");
        }

        if (LongKeyStart(text, at.Start) is { } key)
        {
            return Descriptors.InvalidYaml.At(spanAt(key, 1), $"this key is longer than {MaxImplicitKey:N0} characters, the most YAML reads as a key; use a shorter name");
        }

        return Descriptors.InvalidYaml.At(at, PlainWords(message));
    }

    /// <summary>The parser's messages for the usual mistakes, said as what is wrong and how to fix it.</summary>
    private static readonly (string Parser, string Plain)[] Explanations =
    {
        ("found invalid mapping", "a value holds ': ' (a colon and a space), which YAML takes for the start of a key; put the value in quotes (doc: \"Note: ...\")"),
        ("Mapping values are not allowed in this context", "a ':' here starts a key where none can start; if it belongs to a value, put the value in quotes, and if it is a key, check the indentation of its line"),
        ("did not find expected key", "this line does not line up with the keys around it; indent every key of one mapping to the same column, and close any quote or bracket opened above"),
        ("did not find expected '-' indicator", "this line does not line up with the list items above it; indent every '- ' item of one list to the same column"),
        ("did not find expected ',' or '}'", "a '{ ... }' mapping is not closed, or two of its entries have no ',' between them"),
        ("did not find expected ',' or ']'", "a '[ ... ]' list is not closed, or two of its items have no ',' between them"),
        ("found unexpected end of stream", "the file ends inside a quoted value or a bracket; close the quote or the bracket"),
        ("could not find expected ':'", "a key here has no ':' after it; write 'key: value', or put text that holds special characters in quotes"),
        ("did not find expected <document start>", "there is text after the file's mapping has ended; check the indentation of this line"),
        ("did not find expected node content", "a value is missing or starts with a character YAML reserves (such as '@', '`', '%' or '|'); put the value in quotes"),
    };

    private static string PlainWords(string parserMessage)
    {
        foreach (var (parser, plain) in Explanations)
        {
            if (parserMessage.IndexOf(parser, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return plain;
            }
        }

        return parserMessage;
    }

    public static KgDiagnostic Explain(Exception exception, string text, int index, Func<int, int, SourceSpan> spanAt)
    {
        if (exception.Message.IndexOf("UTF32", StringComparison.OrdinalIgnoreCase) >= 0 && EscapeBefore(text, index) is { } escape)
        {
            return Descriptors.InvalidYaml.At(
                spanAt(escape.Start, escape.Length),
                $"the escape '{text.Substring(escape.Start, escape.Length)}' names no Unicode character; write a code point up to \\U0010FFFF that is not a surrogate (D800 to DFFF)");
        }

        if (exception is InvalidOperationException && UnclosedBracket(text, index) is { } bracket)
        {
            var close = text[bracket] == '{' ? '}' : ']';
            return Descriptors.InvalidYaml.At(spanAt(bracket, 1), $"this '{text[bracket]}' is not closed; close it with '{close}' on the same line");
        }

        return Descriptors.InvalidYaml.At(spanAt(index, 0), exception is InvalidOperationException
            ? "this line cannot be read; most likely a '{' or '[' above it is not closed, or a value holds characters that need quotes"
            : exception.Message);
    }

    /// <summary>The last '{' or '[' left open on a line before the line of <paramref name="index"/> (quoted text skipped).</summary>
    private static int? UnclosedBracket(string text, int index)
    {
        var end = Math.Min(index, text.Length);
        while (end > 0 && text[end - 1] != '\n')
        {
            end--;
        }

        int? open = null;
        var lineStart = 0;
        while (lineStart < end)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            var openers = new System.Collections.Generic.Stack<int>();
            char? quote = null;
            for (var i = lineStart; i < lineEnd; i++)
            {
                var c = text[i];
                if (quote is not null)
                {
                    quote = c == quote ? null : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#' && (i == lineStart || text[i - 1] == ' '))
                {
                    break;
                }
                else if (c is '{' or '[')
                {
                    openers.Push(i);
                }
                else if (c is '}' or ']' && openers.Count > 0)
                {
                    openers.Pop();
                }
            }

            if (openers.Count > 0)
            {
                open = openers.Peek();
            }

            lineStart = lineEnd + 1;
        }

        return open;
    }

    /// <summary>YamlDotNet's message without the "(Line: 3, Col: 5, Idx: 20) - (...): " it puts first (the place is reported apart).</summary>
    private static string ParserMessage(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
    }

    /// <summary>The first tab in the indentation of a line, from the line of <paramref name="from"/> on (or from the start).</summary>
    private static int? IndentingTab(string text, int from)
    {
        var lineStart = Math.Min(from, text.Length);
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        return IndentingTabFrom(text, lineStart) ?? IndentingTabFrom(text, 0);
    }

    private static int? IndentingTabFrom(string text, int start)
    {
        var atLineStart = true;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                return i;
            }
            else if (atLineStart && c != ' ')
            {
                atLineStart = false;
            }
        }

        return null;
    }

    /// <summary>Where a key starts on the line of <paramref name="index"/>, when the text before it on that line is too long to be a key.</summary>
    private static int? LongKeyStart(string text, int index)
    {
        var end = Math.Min(index, text.Length);
        var lineStart = end;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var key = lineStart;
        while (key < end && (text[key] == ' ' || text[key] == '-' && key + 1 < end && text[key + 1] == ' '))
        {
            key++;
        }

        return end - key > MaxImplicitKey ? key : null;
    }

    /// <summary>The last <c>\u</c>, <c>\U</c> or <c>\x</c> escape that starts before <paramref name="index"/> on its line.</summary>
    private static (int Start, int Length)? EscapeBefore(string text, int index)
    {
        for (var i = Math.Min(index, text.Length - 1); i >= 1 && text[i] != '\n'; i--)
        {
            if (text[i - 1] == '\\' && text[i] is 'u' or 'U' or 'x')
            {
                var digits = text[i] == 'U' ? 8 : text[i] == 'u' ? 4 : 2;
                return (i - 1, Math.Min(2 + digits, text.Length - (i - 1)));
            }
        }

        return null;
    }
}
