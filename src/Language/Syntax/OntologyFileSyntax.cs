using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax.Compact;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>
/// Everything one <c>.kg.yaml</c> file declares, as written, with locations, before names are resolved.
/// Value-equal, so the generator re-binds only when a file's content really changed.
/// </summary>
/// <param name="Compact">
/// When the file was parsed for a reader that binds it once (the run-time loader), the bodies of its entities, events
/// and facts as bytes, and their headers (<see cref="InstanceSyntax.Header"/>) apart; <see cref="Entities"/>,
/// <see cref="Events"/> and <see cref="Facts"/> are then empty. Null for the generator, which keeps syntax whole.
/// </param>
public sealed record OntologyFileSyntax(
    string Path,
    Located? Namespace,
    EquatableArray<EnumSyntax> Enums,
    EquatableArray<TypeSyntax> Types,
    EquatableArray<RelationSyntax> Relations,
    EquatableArray<DocumentSyntax> Documents,
    EquatableArray<InstanceSyntax> Entities,
    EquatableArray<InstanceSyntax> Events,
    EquatableArray<FactSyntax> Facts,
    EquatableArray<OmissionSyntax> Omissions,
    EquatableArray<KgDiagnostic> Diagnostics,
    CompactItems? Compact = null)
{
    public bool DeclaresData => !Documents.IsEmpty || !Entities.IsEmpty || !Events.IsEmpty || !Facts.IsEmpty || !Omissions.IsEmpty || Compact is { IsEmpty: false };
}

public sealed record EnumSyntax(Located Name, EquatableArray<Located> Members);

public sealed record TypeSyntax(
    Located Name,
    Located? Is,
    EquatableArray<Located> Mixins,
    bool IsAbstract,
    string? Doc,
    EquatableArray<MemberSyntax> Properties,
    EquatableArray<MemberSyntax> Roles,
    EquatableArray<ImplicationSyntax> Implies,
    EquatableArray<ImplicationSyntax> Ends = default);

/// <summary>A property or role: <c>population: int? = 0</c> or the long form with <c>type</c>, <c>default</c>, <c>doc</c>.</summary>
public sealed record MemberSyntax(Located Name, Located TypeName, Cardinality Cardinality, Located? Default, string? Doc);

/// <summary>
/// <c>withdrewFrom: by -> from</c> under <c>implies</c>: each such event states the relation between the two roles'
/// values. Under <c>ends</c> (<c>controls: * -> of</c>) it ends the lasting facts of the relation between them; a
/// role written <c>*</c> stands for any entity.
/// </summary>
public sealed record ImplicationSyntax(Located Relation, Located SubjectRole, Located ObjectRole);

public sealed record RelationSyntax(
    Located Name, Located? From, Located? To, string? Label, Located? Inverse, bool Transitive, string? Doc, bool Lasting = false);

public sealed record DocumentSyntax(Located Name, Located? Path, string? Title, Located? Published);

/// <summary>An entity or an event: the fixed keys, and every other key as an entry the binder interprets.</summary>
public sealed record InstanceSyntax(
    Located Name,
    Located? Type,
    Located? DisplayName,
    EquatableArray<Located> Aliases,
    string? Doc,
    TimeSyntax? Time,
    EquatableArray<SourceSyntax> Sources,
    EquatableArray<EntrySyntax> Entries)
{
    /// <summary>What the declaration step reads of an entity or event: its name and type, without its body.</summary>
    public InstanceSyntax Header() => HeaderOf(Name, Type);

    /// <summary>The header of an entity or event of this name and type (see <see cref="Header"/>).</summary>
    public static InstanceSyntax HeaderOf(Located name, Located? type) => new(name, type, null, default, null, null, default, default);
}

/// <summary>A key of an entity or event that names a property, a role or a relation, with its value(s).</summary>
public sealed record EntrySyntax(Located Key, EquatableArray<Located> Values, bool IsList, SourceSpan ValueSpan);

public sealed record TimeSyntax(Located? Date, Located? Start, Located? End, SourceSpan Span);

public sealed record SourceSyntax(Located? Document, Located? Quote, SourceSpan Span)
{
    /// <summary>The ids of the documents <paramref name="sources"/> name, as written (repeats included).</summary>
    public static IEnumerable<string> Documents(EquatableArray<SourceSyntax> sources)
    {
        foreach (var source in sources)
        {
            if (source.Document is { } document)
            {
                yield return document.Text;
            }
        }
    }
}

public sealed record FactSyntax(
    Located? Subject, Located? Relation, Located? Object, TimeSyntax? Time, EquatableArray<SourceSyntax> Sources, SourceSpan Span);

/// <summary>A passage of a document left out of the graph on purpose (<c>omitted:</c>), with the reason and an optional note.</summary>
public sealed record OmissionSyntax(Located? Document, Located? Quote, Located? Reason, string? Note, SourceSpan Span);
