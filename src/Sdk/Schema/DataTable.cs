using System;
using System.ComponentModel;
using System.Text;

namespace KnowledgeGraph;

/// <summary>
/// The data of one compiled ontology file as the generator embedded it: a table of documents, entities, events and
/// facts in UTF-8, read once at the first use of compiled data. Generated code makes these; user code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataTable
{
    public DataTable(string className, ReadOnlySpan<byte> utf8)
    {
        ClassName = className;
        Text = Encoding.UTF8.GetString(utf8);
    }

    /// <summary>The generated class that holds the table.</summary>
    public string ClassName { get; }

    internal string Text { get; }
}
