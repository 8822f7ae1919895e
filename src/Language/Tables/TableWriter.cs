using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// Writes a table: records of fields, a tab after each field but the last and a line break after each record. Text
/// is escaped so that the table holds no tab, line break, double quote or other control character of its own
/// (<c>\t \n \r \q \\</c>, <c>\uXXXX</c>, and <c>\-</c> for null): it can stand in a C# raw string literal as it is,
/// and a value never changes how the table splits.
/// </summary>
public sealed class TableWriter
{
    private readonly StringBuilder _text = new();
    private bool _recordStarted;

    public TableWriter Field(string? value)
    {
        Separate();
        if (value is null)
        {
            _text.Append("\\-");
            return this;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': _text.Append("\\\\"); break;
                case '\t': _text.Append("\\t"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '"': _text.Append("\\q"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        _text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF')
                    {
                        _text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        return this;
    }

    public TableWriter Field(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

    public TableWriter Field(bool value) => Field(value ? "1" : "0");

    public TableWriter EndRecord()
    {
        _text.Append('\n');
        _recordStarted = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Separate()
    {
        if (_recordStarted)
        {
            _text.Append('\t');
        }

        _recordStarted = true;
    }
}
