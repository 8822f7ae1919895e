using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Model;

/// <summary>
/// The bound, checked schema of an ontology: what the emitter turns into C# types. It holds no source locations, so an
/// edit that only moves text or changes a diagnostic leaves it equal and the generated code is not rewritten.
/// Only declarations without errors are in it.
/// </summary>
public sealed record SchemaModel(
    EquatableArray<EnumModel> Enums,
    EquatableArray<TypeModel> Types,
    EquatableArray<RelationModel> Relations,
    EquatableArray<string> DataNamespaces,
    EquatableArray<DataFileEntry> DataFiles)
{
    public static SchemaModel Empty { get; } = new(default, default, default, default, default);

    public bool IsEmpty => Types.IsEmpty && Relations.IsEmpty && Enums.IsEmpty && DataNamespaces.IsEmpty;
}

public enum BaseKind
{
    Actor,
    Place,
    Event,
}

public enum ValueKind
{
    Scalar,
    Enum,
    Entity,
}

public enum ScalarType
{
    None,
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Date,
    DateTime,
    Uri,
}

public enum FactOrigin
{
    /// <summary>Written in the <c>facts</c> section.</summary>
    Stated,

    /// <summary>Written as a relation key of an entity or event (<c>partOf: kharkivRegion</c>).</summary>
    EntityKey,
}

/// <summary>
/// A generated or SDK type as a plain value: its namespace and its identifier. The emitter alone turns it into C# text
/// (<c>global::Namespace.Name</c>).
/// </summary>
public sealed record QualifiedName(string Namespace, string Name)
{
    /// <summary>The namespace of the SDK's own types: the built-in kinds and their interfaces.</summary>
    public const string SdkNamespace = "KnowledgeGraph";

    public static QualifiedName Sdk(string name) => new(SdkNamespace, name);

    public override string ToString() => Namespace + "." + Name;
}

/// <summary>
/// The type of a property, role or relation end: its ontology name, and either the scalar it is or the declared type
/// its values have (an enum, or an entity type's interface when it has one, else its class).
/// </summary>
public sealed record ValueTypeModel(ValueKind Kind, string Name, ScalarType Scalar, QualifiedName? Declared);

public sealed record EnumModel(string Name, string Namespace, string ClrName, string? Doc, EquatableArray<EnumMemberModel> Members)
{
    public QualifiedName Class => new(Namespace, ClrName);
}

public sealed record EnumMemberModel(string Name, string ClrName);

/// <summary>A property or role; <paramref name="DefaultValue"/> is the default's canonical text (see <see cref="ValueModel"/>).</summary>
/// <param name="DefaultRefused">A default was written but refused (reported where it stands): an instance that leaves the member out is not reported again.</param>
public sealed record MemberModel(
    string Name, string ClrName, ValueTypeModel Type, Cardinality Cardinality, string? DefaultValue, string? Doc, bool IsRole, string DeclaringType,
    bool DefaultRefused = false);

public sealed record ImplicationModel(string Relation, QualifiedName RelationClass, string SubjectRole, string ObjectRole);

/// <summary>An event type's <c>ends</c> rule: it ends the lasting facts of a relation between the two roles' values; a null role stands for any entity.</summary>
public sealed record EndingModel(string Relation, QualifiedName RelationClass, string? SubjectRole, string? ObjectRole);

public sealed record TypeModel(
    string Name,
    string Namespace,
    string ClrName,
    BaseKind Kind,
    QualifiedName Base,
    bool IsAbstract,
    string? InterfaceClrName,
    EquatableArray<QualifiedName> InterfaceBases,
    EquatableArray<QualifiedName> ImplementedInterfaces,
    string? Doc,
    EquatableArray<MemberModel> DeclaredMembers,
    EquatableArray<MemberModel> AllMembers,
    EquatableArray<ImplicationModel> Implications,
    EquatableArray<EndingModel> Endings = default)
{
    public QualifiedName Class => new(Namespace, ClrName);
}

public sealed record RelationModel(
    string Name,
    string Namespace,
    string ClrName,
    string Label,
    ValueTypeModel From,
    ValueTypeModel To,
    string? Inverse,
    string? InverseClrName,
    bool Transitive,
    string? Doc,
    bool Lasting = false)
{
    public QualifiedName Class => new(Namespace, ClrName);
}

/// <summary>A document: its name, the path as written, title, publication date, and its text (line breaks as <c>\n</c>).</summary>
public sealed record DocumentModel(string Name, string Namespace, string ClrName, string Path, string? Title, string? Published, string Text);

/// <summary>Where a quote stands in its document: zero-based character offset and length, one-based line and column.</summary>
public sealed record SourceModel(string Document, string Quote, int Offset, int Length, int Line, int Column);

/// <summary>Start and end as written in ontology files (see <see cref="PartialDate.ToString"/>); either may be open.</summary>
public sealed record TimeModel(string? Start, string? End);

/// <summary>
/// A value given to a property or role, as plain text in its canonical form: a scalar normalised for its type
/// (<see cref="Binding.ScalarText"/>), an enum member's name, or an entity's id.
/// </summary>
public sealed record ValueModel(ValueKind Kind, ScalarType Scalar, string Text);

public sealed record AssignmentModel(MemberModel Member, EquatableArray<ValueModel> Values);

public sealed record InstanceModel(
    string Id,
    string Namespace,
    string ClrName,
    string TypeName,
    QualifiedName TypeClass,
    bool IsEvent,
    string DisplayName,
    EquatableArray<string> Aliases,
    string? Doc,
    TimeModel? Time,
    EquatableArray<SourceModel> Sources,
    EquatableArray<AssignmentModel> Values);

public sealed record FactModel(
    string Subject,
    string Relation,
    string Object,
    TimeModel? Time,
    EquatableArray<SourceModel> Sources,
    FactOrigin Origin);
