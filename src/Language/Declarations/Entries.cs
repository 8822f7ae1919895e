using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language;

/// <summary>
/// A type as other files see it: where it stands in the hierarchy and the members it declares itself. Types whose
/// declaration is broken are kept with <see cref="IsValid"/> false, so that data naming them is not reported again.
/// </summary>
public sealed record TypeEntry(
    string Name,
    string Namespace,
    string ClrName,
    BaseKind Kind,
    bool IsAbstract,
    bool IsValid,
    bool HasInterface,
    string? Base,
    EquatableArray<string> Mixins,
    EquatableArray<MemberModel> Members,
    string? Doc = null,
    EquatableArray<string> UnresolvedMembers = default)
{
    public bool IsBuiltIn => Namespace == "KnowledgeGraph";
}

/// <summary>A name data may use for a relation: its own name, or its inverse (which swaps subject and object).</summary>
public sealed record RelationNameEntry(string Name, string Relation, bool IsInverse);

/// <summary>A declared entity or event: its id, the C# member it becomes, its type as written, and the file that declares it.</summary>
public sealed record InstanceEntry(string Id, string Namespace, string ClrName, bool IsEvent, string? TypeName, string File);

/// <summary>A declared document: where its text is (resolved against the declaring file) and the path as written.</summary>
public sealed record DocumentEntry(string Name, string Namespace, string ClrName, string ResolvedPath, string PathText, string File);

/// <summary>A file that declares data, and the name of the generated class that holds its table.</summary>
public sealed record DataFileEntry(string Path, string ClassName, string Namespace);
