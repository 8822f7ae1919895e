using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Spectre.Console;

namespace KnowledgeGraph.Samples;

/// <summary>
/// Prints a value the way LINQPad's Dump() does: a sequence as a table with a title, a column per property and a
/// row count; an entity by its name, type and id; anything else as a table of its properties.
/// </summary>
public static class DumpExtensions
{
    static DumpExtensions()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200; // piped output (tests, logs) is not wrapped at 80 columns
        }
    }

    public static T Dump<T>(this T value, string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title($"[bold]{Markup.Escape(title)}[/]");
        }

        if (value is IEnumerable sequence and not string)
        {
            var rows = sequence.Cast<object?>().ToList();
            var columns = Columns(rows, ElementType(value.GetType()));
            foreach (var column in columns)
            {
                table.AddColumn(column.Name);
            }

            foreach (var row in rows)
            {
                table.AddRow(columns.Select(c => Markup.Escape(Format(c.Read(row)))).ToArray());
            }

            table.Caption($"{rows.Count} {(rows.Count == 1 ? "row" : "rows")}");
        }
        else
        {
            table.AddColumn("Property").AddColumn("Value");
            foreach (var column in Columns(new object?[] { value }, value?.GetType()))
            {
                table.AddRow(Markup.Escape(column.Name), Markup.Escape(Format(column.Read(value))));
            }
        }

        AnsiConsole.Write(table);
        return value;
    }

    /// <summary>The element type of a sequence, so that an empty one still shows its columns.</summary>
    private static Type? ElementType(Type sequence) =>
        sequence.GetInterfaces().Append(sequence)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static List<(string Name, Func<object?, object?> Read)> Columns(IReadOnlyList<object?> rows, Type? elementType)
    {
        var sample = rows.FirstOrDefault(r => r is not null);
        var type = sample?.GetType() ?? elementType;
        if (type is null || type == typeof(object) || (sample is not null && IsSimple(sample)) || (sample is null && IsSimpleType(type)))
        {
            return new() { ("Value", row => row) };
        }

        if (typeof(Entity).IsAssignableFrom(type))
        {
            return new() { ("Name", row => ((Entity?)row)?.Name), ("Type", row => ((Entity?)row)?.TypeName), ("Id", row => ((Entity?)row)?.Id) };
        }

        return type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, (Func<object?, object?>)(row => row is null ? null : p.GetValue(row))))
            .ToList();
    }

    private static bool IsSimpleType(Type type) =>
        type == typeof(string) || typeof(IFormattable).IsAssignableFrom(type) || type.IsPrimitive || type.IsEnum;

    private static bool IsSimple(object value) =>
        value is string or IFormattable or bool or PartialDate or TimeExtent or SourceRef or Fact or RelationInfo or DocumentInfo;

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        Entity entity => entity.Name,
        SourceRef source => $"“{source.Quote}” ({source.Document.Id}, line {source.Line}, column {source.Column})",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };
}
