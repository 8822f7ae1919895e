using System.Collections.Generic;
using System.Globalization;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// First pass: enters every name of every file into the symbol tables, reporting names declared twice (at both
/// places), names that cannot become C# identifiers and names that would become the same C# identifier.
/// </summary>
internal sealed class DeclarationPass
{
    private readonly BindingContext _context;
    private readonly Dictionary<string, ClrNameScope> _namespaceScopes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ClrNameScope> _entityScopes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ClrNameScope> _eventScopes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ClrNameScope> _documentScopes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ClrNameScope> _queryScopes = new(System.StringComparer.Ordinal);

    public DeclarationPass(BindingContext context) => _context = context;

    /// <summary>The graph factory of a namespace: <c>Izyum</c> gets <c>IzyumGraph</c>.</summary>
    /// <summary>The graph factory of a namespace: its last part, first letter upper-cased as a C# type's is, and <c>Graph</c>.</summary>
    public static string GraphFactoryName(string ns) => Identifiers.ToPascal(ns.Substring(ns.LastIndexOf('.') + 1)) + "Graph";

    /// <summary>
    /// Checks the names of new files against what an earlier step declared (the compiled ontology, earlier loads) as
    /// well as against each other: a name already there is declared twice, reported at the new file alone. The table
    /// is looked up by name, never walked, so this costs what the new files declare.
    /// </summary>
    public SymbolTable? Existing { get; init; }

    /// <summary>
    /// The most entities (and, apart, events and documents) one namespace may declare when each becomes a member of a
    /// generated class: a .NET type holds at most 65,535 methods. Null at run time, where no class is generated.
    /// </summary>
    public int? MaxMembersPerClass { get; init; }

    private readonly Dictionary<string, int> _membersPerClass = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, Located> _lookAlikeIds = new(System.StringComparer.Ordinal);

    public void Run(IReadOnlyList<OntologyFileSyntax> files)
    {
        foreach (var file in files)
        {
            Declare(file);
        }

        KeepSchemaIrisApart();
    }

    /// <summary>
    /// Types, enums and relations (inverses too) of every namespace share one space of IRIs in RDF and OWL
    /// (<c>{base}schema/{name}</c>): a relation named as a type or enum of another namespace would be one IRI that is a
    /// class and a property at once. In one namespace the C# names clash first.
    /// </summary>
    private void KeepSchemaIrisApart()
    {
        foreach (var entry in _context.RelationNames)
        {
            var (name, use) = (entry.Key, entry.Value);
            // A built-in type (Actor, Place, Event) is written as the Simple Event Model's class, not under the base.
            var (what, other) = _context.Types.TryGetValue(name, out var type) && type.Syntax is { } declared ? ("type", declared.Name)
                : _context.Enums.TryGetValue(name, out var @enum) ? ("enum", @enum.Syntax.Name)
                : (null, null);
            if (what is null || other is null)
            {
                continue;
            }

            var relation = use.IsInverse ? "inverse relation" : "relation";
            _context.Report(SchemaIriClash, use.Declaration.Span, Capitalized(relation), name, what, other.Span.ToString());
            _context.Report(SchemaIriClash, other.Span, Capitalized(what), name, relation, use.Declaration.Span.ToString());
        }
    }

    private static readonly KgDiagnosticDescriptor SchemaIriClash = Descriptors.DuplicateName.Worded(
        "{0} '{1}' has the name of the {2} at {3}; in RDF and OWL both would be one IRI, a class and a property at once: rename one");

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private void Declare(OntologyFileSyntax file)
    {
        if (ResolveNamespace(file) is not { } ns)
        {
            return;
        }

        if (file.DeclaresData)
        {
            _context.DataNamespaces.Add(ns);
            _context.DataFiles[file.Path] = ns;
        }

        var scope = ScopeFor(_namespaceScopes, ns, $"namespace '{ns}'", s =>
        {
            foreach (var generated in new[] { "Entities", "Events", "Documents", "GraphQueries" })
            {
                s.Reserve(generated, "a generated class");
            }

            s.Reserve(GraphFactoryName(ns), "the generated graph factory");
        });

        foreach (var @enum in file.Enums)
        {
            if (CheckTypeName(@enum.Name, "enum") && _context.CheckIdentifier(@enum.Name))
            {
                var clrName = Identifiers.ToPascal(@enum.Name.Text);
                if (scope.Add(clrName, "enum", @enum.Name, _context))
                {
                    _context.Declare(_context.Enums, @enum.Name, new EnumSymbol(@enum, ns, clrName, EnumMembers(@enum, ns)), "Enum", e => e.Syntax.Name);
                }
            }
        }

        foreach (var type in file.Types)
        {
            if (CheckTypeName(type.Name, "type") && _context.CheckIdentifier(type.Name))
            {
                var clrName = Identifiers.ToPascal(type.Name.Text);
                if (_context.Enums.TryGetValue(type.Name.Text, out var @enum))
                {
                    _context.Report(Descriptors.DuplicateName, type.Name.Span, "Type", type.Name.Text, @enum.Syntax.Name.Span);
                }
                else if (_context.Declare(_context.Types, type.Name, new TypeSymbol(type.Name.Text, ns, clrName, type), "Type", t => t.Syntax!.Name)
                    && !scope.Add(clrName, "type", type.Name, _context))
                {
                    _context.Types.Remove(type.Name.Text);
                }
            }
        }

        foreach (var relation in file.Relations)
        {
            DeclareRelation(relation, ns, scope);
        }

        foreach (var document in file.Documents)
        {
            if (_context.CheckIdentifier(document.Name))
            {
                var clrName = Identifiers.ToPascal(document.Name.Text);
                var symbol = new DocumentSymbol(document, ns, clrName);
                if (IsNew(document.Name, Existing?.FindDocument(document.Name.Text)?.File, "Document")
                    && !ClashesWithExisting(document.Name, Existing?.FindDocumentMember(ns, clrName)?.Name, "document", clrName, $"class '{ns}.Documents'")
                    && _context.Declare(_context.Documents, document.Name, symbol, "Document", d => d.Syntax.Name))
                {
                    if (ClassScope(_documentScopes, ns, "Documents").Add(clrName, "document", document.Name, _context) && FitsClass(document.Name, ns, "Documents", "documents"))
                    {
                        symbol.ResolvedPath = document.Path is { } path ? PathUtilities.ResolveRelativeTo(file.Path, path.Text) : string.Empty;
                        _context.DocumentOrder.Add(symbol);
                    }
                    else
                    {
                        _context.Documents.Remove(document.Name.Text);
                    }
                }
            }
        }

        DeclareInstances(file.Entities, ns, isEvent: false, ClassScope(_entityScopes, ns, "Entities", capacity: file.Entities.Count));
        DeclareInstances(file.Events, ns, isEvent: true, ClassScope(_eventScopes, ns, "Events", capacity: file.Events.Count));
    }

    private void DeclareRelation(RelationSyntax relation, string ns, ClrNameScope scope)
    {
        if (!_context.CheckIdentifier(relation.Name))
        {
            return;
        }

        var symbol = new RelationSymbol(relation, ns, Identifiers.ToPascal(relation.Name.Text));
        var queries = ClassScope(_queryScopes, ns, "GraphQueries", ReserveGraphMembers);
        var inverseMethod = relation.Inverse is { } declaredInverse ? Identifiers.ToPascal(declaredInverse.Text) : symbol.ClrName + "Inverse";
        if (!scope.Add(symbol.ClrName, "relation", relation.Name, _context)
            || !queries.Add(symbol.ClrName, "relation", relation.Name, _context)
            || !queries.Add(inverseMethod, "inverse relation", relation.Inverse ?? relation.Name, _context)
            || !_context.Declare(_context.RelationNames, relation.Name, new RelationUse(symbol, false, relation.Name), "Relation", r => r.Declaration))
        {
            return;
        }

        _context.Relations.Add(relation.Name.Text, symbol);
        if (relation.Inverse is { } inverse && _context.CheckIdentifier(inverse))
        {
            _context.Declare(_context.RelationNames, inverse, new RelationUse(symbol, true, inverse), "Relation", r => r.Declaration);
        }
    }

    /// <summary>Traversal methods are extension methods of the graph, so they must not take the names of its own members.</summary>
    private static void ReserveGraphMembers(ClrNameScope scope)
    {
        foreach (var member in ReservedNames.GraphClrMembers)
        {
            scope.Reserve(member, $"the member '{member}' of Graph");
        }
    }

    private List<Located> EnumMembers(EnumSyntax @enum, string ns)
    {
        var scope = new ClrNameScope($"enum '{ns}.{@enum.Name.Text}'");
        var seen = new Dictionary<string, Located>(System.StringComparer.Ordinal);
        var members = new List<Located>();
        foreach (var member in @enum.Members)
        {
            if (seen.TryGetValue(member.Text, out var first))
            {
                _context.Report(Descriptors.DuplicateName, member.Span, "Enum value", member.Text, first.Span);
            }
            else if (_context.CheckIdentifier(member) && scope.Add(Identifiers.ToPascal(member.Text), "enum value", member, _context))
            {
                seen.Add(member.Text, member);
                members.Add(member);
            }
        }

        return members;
    }

    private void DeclareInstances(EquatableArray<InstanceSyntax> instances, string ns, bool isEvent, ClrNameScope scope)
    {
        var what = isEvent ? "event" : "entity";
        foreach (var instance in instances)
        {
            if (!_context.CheckIdentifier(instance.Name))
            {
                continue;
            }

            var clrName = Identifiers.ToPascal(instance.Name.Text);
            var symbol = new InstanceSymbol(instance, ns, clrName, isEvent);
            if (LooksLikeAnother(instance.Name)
                || !IsNew(instance.Name, Existing?.FindInstance(instance.Name.Text)?.File, isEvent ? "Event" : "Entity")
                || ClashesWithExisting(instance.Name, Existing?.FindInstanceMember(ns, isEvent, clrName)?.Id, what, clrName, $"class '{ns}.{(isEvent ? "Events" : "Entities")}'")
                || !_context.Declare(_context.Instances, instance.Name, symbol, isEvent ? "Event" : "Entity", i => i.Syntax.Name, i => i.IsEvent ? "Event" : "Entity"))
            {
                continue;
            }

            if (!scope.Add(clrName, what, instance.Name, _context) || !FitsClass(instance.Name, ns, isEvent ? "Events" : "Entities", isEvent ? "events" : "entities"))
            {
                _context.Instances.Remove(instance.Name.Text);
                continue;
            }

            _context.InstanceOrder.Add(symbol);
        }
    }

    /// <summary>
    /// True, reported, when the id looks the same as another id (of this step, or of an earlier one) that is written in
    /// other letters: ids are global, so <c>асе</c> in one namespace would pass for <c>ace</c> in another.
    /// </summary>
    private bool LooksLikeAnother(Located name)
    {
        var skeleton = Scripts.Skeleton(name.Text);
        Located? other = null;
        if (skeleton != name.Text && _context.Instances.TryGetValue(skeleton, out var plain))
        {
            other = plain.Syntax.Name;
        }
        else if (_lookAlikeIds.TryGetValue(skeleton, out var lookAlike) && lookAlike.Text != name.Text)
        {
            other = lookAlike;
        }
        else if (Existing?.FindLookAlike(name.Text) is { } earlier)
        {
            other = new Located(earlier.Id, SourceSpan.FileOnly(earlier.File));
        }

        if (other is not null)
        {
            _context.Report(Descriptors.MisleadingText, name.Span, name.Text, other.Text, other.Span);
            return true;
        }

        if (skeleton != name.Text)
        {
            _lookAlikeIds[skeleton] = name;
        }

        return false;
    }

    /// <summary>False, reported at the first name too many, when the class of a namespace cannot take another member.</summary>
    private bool FitsClass(Located name, string ns, string className, string what)
    {
        if (MaxMembersPerClass is not { } max)
        {
            return true;
        }

        var key = ns + "." + className;
        _membersPerClass[key] = _membersPerClass.TryGetValue(key, out var count) ? count + 1 : 1;
        if (count + 1 == max + 1)
        {
            _context.Report(Descriptors.Limits.NamespaceTooLarge, name.Span, ns, max.ToString("N0", CultureInfo.InvariantCulture), what, key);
        }

        return count + 1 <= max;
    }

    /// <summary>How a compiled declaration names its file (see SymbolTableFormat and CompiledData).</summary>
    private const string CompiledSuffix = " (compiled)";

    /// <summary>False, reported, when an earlier step declared the name (in <paramref name="file"/>).</summary>
    private bool IsNew(Located name, string? file, string what)
    {
        if (file is null)
        {
            return true;
        }

        var fileName = PathUtilities.FileName(name.Span.Path);
        if (file == fileName + CompiledSuffix)
        {
            // Most likely this very file, compiled into the program because it lies among the project's *.kg.yaml items.
            _context.Report(Descriptors.DeclaredInCompiledCopy, name.Span, what, name.Text, fileName);
        }
        else
        {
            // An earlier step is an earlier load (the symbol table keeps no places of it): say so, and when it was this
            // very file, that a file is loaded once.
            var earlier = file == name.Span.Path
                ? $"{file} (this file, loaded before; a file is loaded once)"
                : file.EndsWith(CompiledSuffix, System.StringComparison.Ordinal) ? file : $"{file} (loaded before)";
            _context.Report(Descriptors.DuplicateName, name.Span, what, name.Text, SourceSpan.FileOnly(earlier));
        }

        return false;
    }

    /// <summary>True, reported, when a name an earlier step declared becomes the same C# member.</summary>
    private bool ClashesWithExisting(Located name, string? existing, string what, string clrName, string scope)
    {
        if (existing is null || existing == name.Text)
        {
            return false;
        }

        _context.Report(Descriptors.IdentifierClash, name.Span, Syntax.MappingReader.Capitalize(what), name.Text, existing, clrName, scope);
        return true;
    }

    /// <summary>
    /// False when the namespace of each file is checked once by a separate step (the generator declares schema and
    /// data in two steps, which both read a file that holds both).
    /// </summary>
    public bool ReportNamespaces { get; init; } = true;

    private string? ResolveNamespace(OntologyFileSyntax file)
    {
        var (ns, problem) = Namespace(file, _context.Options.DefaultNamespace);
        if (problem is not null && ReportNamespaces)
        {
            _context.Report(problem);
        }

        return ns;
    }

    /// <summary>The C# namespace of a file, or null and, when the file declares something, why it has none.</summary>
    public static (string? Namespace, KgDiagnostic? Problem) Namespace(OntologyFileSyntax file, string? defaultNamespace)
    {
        if (file.Namespace is { } declared)
        {
            return Identifiers.NamespaceProblem(declared.Text) is { } problem
                ? (null, Descriptors.InvalidIdentifier.At(declared.Span, declared.Text, problem))
                : (declared.Text, null);
        }

        if (defaultNamespace is { } fallback)
        {
            return (fallback, null);
        }

        var empty = file.Enums.IsEmpty && file.Types.IsEmpty && file.Relations.IsEmpty && !file.DeclaresData;
        return (null, empty ? null : Descriptors.MissingRequired.At(new SourceSpan(file.Path, 0, 0, 1, 1, 1, 1), $"The file '{file.Path}'", "key", "namespace"));
    }

    private bool CheckTypeName(Located name, string what)
    {
        if (_context.Types.TryGetValue(name.Text, out var existing) && existing.IsBuiltIn)
        {
            _context.Report(Descriptors.ReservedName, name.Span, name.Text, "the built-in kind", $"a{(what == "enum" ? "n" : "")} {what}");
            return false;
        }

        if (System.Array.IndexOf(ScalarText.Names, name.Text) >= 0)
        {
            _context.Report(Descriptors.ReservedName, name.Span, name.Text, "the scalar type", $"a{(what == "enum" ? "n" : "")} {what}");
            return false;
        }

        return true;
    }

    /// <summary>The scope of a generated class's members, which C# forbids to take the class's own name.</summary>
    /// <param name="capacity">How many names the first file to use the class adds to it: a large file's scope is made at its size.</param>
    private static ClrNameScope ClassScope(Dictionary<string, ClrNameScope> scopes, string ns, string className, System.Action<ClrNameScope>? initialize = null, int capacity = 0) =>
        ScopeFor(scopes, ns, $"class '{ns}.{className}'", scope =>
        {
            scope.Reserve(className, "the name of the generated class itself");
            initialize?.Invoke(scope);
        }, capacity);

    private static ClrNameScope ScopeFor(Dictionary<string, ClrNameScope> scopes, string ns, string description, System.Action<ClrNameScope>? initialize = null, int capacity = 0)
    {
        if (!scopes.TryGetValue(ns, out var scope))
        {
            scope = new ClrNameScope(description, capacity);
            scope.Reserve("All", "the generated list of every member");
            initialize?.Invoke(scope);
            scopes.Add(ns, scope);
        }

        return scope;
    }
}
