using System.Text;

namespace KnowledgeGraph.Generator.Emit;

/// <summary>Writes indented C# with '\n' line endings, so output is the same on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Appends text as it is, without indenting or ending the line (the lines of a raw literal).</summary>
    public SourceWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Starts an indented line without ending it, for a line that ends in a raw literal.</summary>
    public SourceWriter Start(string text)
    {
        _builder.Append(' ', _indent * 4).Append(text);
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>An XML doc summary; the text is escaped and split on line breaks.</summary>
    public SourceWriter Summary(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        Line("/// <summary>");
        foreach (var line in text!.Trim().Replace("\r\n", "\n").Split('\n'))
        {
            Line("/// " + Escape(line.TrimEnd()));
        }

        return Line("/// </summary>");
    }

    /// <summary>
    /// Text for one line of an XML doc comment: markup escaped, and every character C# takes for a line break made a
    /// space, so that a value from a data file can never end the comment and become code.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        return escaped.IndexOfAny(LineBreaks) < 0 ? escaped : string.Join(" ", escaped.Split(LineBreaks));
    }

    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    public override string ToString() => _builder.ToString();
}
