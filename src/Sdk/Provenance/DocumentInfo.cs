using System;

namespace KnowledgeGraph;

/// <summary>A document that facts and events are quoted from.</summary>
public sealed record DocumentInfo(string Id, string Path, string? Title, PartialDate? Published)
{
    /// <summary>
    /// The document's text, line breaks as <c>\n</c> (what quote offsets count in): set for every compiled or loaded
    /// document, null for one made by hand without it. <see cref="Graph.Coverage"/> splits it into sentences.
    /// </summary>
    public string? Text { get; init; }

    public bool Equals(DocumentInfo? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Id == other.Id && Path == other.Path && Title == other.Title && Published.Equals(other.Published) && Text == other.Text));

    /// <summary>Leaves the text out, which may be long: equal documents still hash alike, as their ids are equal.</summary>
    public override int GetHashCode() => HashCode.Combine(Id, Path, Title, Published);

    public override string ToString() => Title ?? Id;

    /// <summary>A compiled or loaded document as the binder checked it.</summary>
    internal static DocumentInfo From(Language.Model.DocumentModel document) =>
        new(document.Name, document.Path, document.Title, document.Published is { } published ? PartialDate.Parse(published) : null) { Text = document.Text };
}
