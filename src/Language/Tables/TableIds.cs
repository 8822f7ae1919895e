using System;
using System.Collections.Generic;
using KnowledgeGraph.Language.Model;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The ids a data table names, numbered as the table writes them: the file's own entities and events first, in table
/// order (so an entity's number is its place among them), then each id of another file that a value or a fact names,
/// in the order first named. A record names an entity by its number, which the reader turns into the entity with an
/// array lookup: no text of the id to hash, once per table for an id of another file and never for the file's own.
/// </summary>
/// <remarks>
/// The numbers depend on this file alone, so an edit to one file changes no other file's table.
/// </remarks>
internal sealed class TableIds
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = new();

    public TableIds(DataFileModel file)
    {
        foreach (var instance in file.Instances)
        {
            // The binder keeps one declaration of an id, so each instance's id is new here.
            _numbers.Add(instance.Id, _ids.Count);
            _ids.Add(instance.Id);
        }

        OwnCount = _ids.Count;
        foreach (var instance in file.Instances)
        {
            foreach (var assignment in instance.Values)
            {
                if (NamesEntities(assignment.Member))
                {
                    foreach (var value in assignment.Values)
                    {
                        Add(value.Text);
                    }
                }
            }
        }

        foreach (var fact in file.Facts)
        {
            Add(fact.Subject);
            Add(fact.Object);
        }
    }

    /// <summary>How many of the ids are the file's own (numbers below this), the rest being other files'.</summary>
    public int OwnCount { get; }

    /// <summary>Every id, by number.</summary>
    public IReadOnlyList<string> All => _ids;

    /// <summary>The number of an id the file names; every such id is numbered when the list is made, so any other is a mistake of the writer.</summary>
    public int Number(string id) =>
        _numbers.TryGetValue(id, out var number) ? number : throw new InvalidOperationException($"'{id}' was not numbered with the ids of the file.");

    private void Add(string id)
    {
        if (!_numbers.ContainsKey(id))
        {
            _numbers.Add(id, _ids.Count);
            _ids.Add(id);
        }
    }

    /// <summary>Whether a member's values are entities (ids), which a table writes and reads as numbers.</summary>
    public static bool NamesEntities(MemberModel member) => member.Type.Kind == ValueKind.Entity;
}
