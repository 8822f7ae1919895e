namespace KnowledgeGraph.Rdf;

/// <summary>Reads Turtle's bare numbers: INTEGER (<c>-5</c>), DECIMAL (<c>1.5</c>, <c>.5</c>) and DOUBLE (<c>1e3</c>, <c>1.e3</c>), kept as written.</summary>
internal static class NumericLiteralScanner
{
    /// <summary>Reads the number the cursor is on (at its sign, first digit, or a '.' before a digit).</summary>
    public static TurtleToken Read(TextCursor cursor, RdfPosition at)
    {
        var end = cursor.Peek() is '+' or '-' ? 1 : 0;
        var integerDigits = Digits(cursor, end);
        end += integerDigits;
        var kind = TurtleTokenKind.Integer;
        if (cursor.PeekAt(end) == '.')
        {
            var fractionDigits = Digits(cursor, end + 1);
            if (fractionDigits > 0)
            {
                kind = TurtleTokenKind.Decimal;
                end += 1 + fractionDigits;
            }
            else if (integerDigits > 0 && ExponentLength(cursor, end + 1) > 0)
            {
                kind = TurtleTokenKind.Decimal; // "1.e5": the exponent below makes it a double
                end += 1;
            }
        }

        if (integerDigits == 0 && kind == TurtleTokenKind.Integer)
        {
            throw cursor.Error(
                $"'{(char)cursor.Peek()}' starts a number (as in -5 or +1.5), but {RdfCharacters.Describe(cursor.PeekAt(end))} follows it");
        }

        var exponent = ExponentLength(cursor, end);
        if (exponent > 0)
        {
            kind = TurtleTokenKind.Double;
            end += exponent;
        }

        var text = new string(cursor.Buffer, cursor.Index, end);
        cursor.Index += end;
        return new TurtleToken(kind, text, string.Empty, at);
    }

    private static int Digits(TextCursor cursor, int from)
    {
        var count = 0;
        while (RdfCharacters.IsDigit(cursor.PeekAt(from + count)))
        {
            count++;
        }

        return count;
    }

    /// <summary>The length of the EXPONENT (<c>e</c>, a sign or none, digits) at <paramref name="from"/>; 0 when there is none.</summary>
    private static int ExponentLength(TextCursor cursor, int from)
    {
        if (cursor.PeekAt(from) is not ('e' or 'E'))
        {
            return 0;
        }

        var sign = cursor.PeekAt(from + 1) is '+' or '-' ? 1 : 0;
        var digits = Digits(cursor, from + 1 + sign);
        return digits == 0 ? 0 : 1 + sign + digits;
    }
}
