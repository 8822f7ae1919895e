using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// First pass: enters every name of every file into the symbol tables, reporting names declared twice,
/// names that cannot become C# identifiers and names that would become the same C# identifier.
/// </summary>
internal static class DeclarationPass
{
    private static readonly string[] ScalarNames = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };

    public static void Run(IReadOnlyList<OntologyFileSyntax> files, BindingContext context)
    {
        var namespaceScopes = new Dictionary<string, ClrNameScope>(System.StringComparer.Ordinal);
        var entityScopes = new Dictionary<string, ClrNameScope>(System.StringComparer.Ordinal);
        var eventScopes = new Dictionary<string, ClrNameScope>(System.StringComparer.Ordinal);
        var documentScopes = new Dictionary<string, ClrNameScope>(System.StringComparer.Ordinal);
        var queryScopes = new Dictionary<string, ClrNameScope>(System.StringComparer.Ordinal);

        foreach (var file in files)
        {
            if (ResolveNamespace(file, context) is not { } ns)
            {
                continue;
            }

            if (file.DeclaresData)
            {
                context.DataNamespaces.Add(ns);
            }

            var scope = ScopeFor(namespaceScopes, ns, $"namespace '{ns}'", s =>
            {
                foreach (var generated in new[] { "Entities", "Events", "Documents", "GraphQueries" })
                {
                    s.Reserve(generated, "a generated class");
                }

                s.Reserve(GraphFactoryName(ns), "the generated graph factory");
            });

            foreach (var @enum in file.Enums)
            {
                if (CheckTypeName(@enum.Name, "enum", context) && context.CheckIdentifier(@enum.Name))
                {
                    var clrName = Identifiers.ToPascal(@enum.Name.Text);
                    if (scope.Add(clrName, "enum", @enum.Name, context))
                    {
                        context.Declare(context.Enums, @enum.Name, new EnumSymbol(@enum, ns, clrName, EnumMembers(@enum, ns, context)), "Enum", e => e.Syntax.Name);
                    }
                }
            }

            foreach (var type in file.Types)
            {
                if (CheckTypeName(type.Name, "type", context) && context.CheckIdentifier(type.Name))
                {
                    var clrName = Identifiers.ToPascal(type.Name.Text);
                    if (context.Enums.TryGetValue(type.Name.Text, out var @enum))
                    {
                        context.Report(Descriptors.DuplicateName, type.Name.Span, "Type", type.Name.Text, @enum.Syntax.Name.Span);
                    }
                    else if (scope.Add(clrName, "type", type.Name, context))
                    {
                        context.Declare(context.Types, type.Name, new TypeSymbol(type.Name.Text, ns, clrName, type), "Type", t => t.Syntax!.Name);
                    }
                }
            }

            foreach (var relation in file.Relations)
            {
                if (!context.CheckIdentifier(relation.Name))
                {
                    continue;
                }

                var symbol = new RelationSymbol(relation, ns, Identifiers.ToPascal(relation.Name.Text));
                var queries = ScopeFor(queryScopes, ns, $"class '{ns}.GraphQueries'", ReserveGraphMembers);
                var inverseMethod = relation.Inverse is { } declaredInverse ? Identifiers.ToPascal(declaredInverse.Text) : symbol.ClrName + "Inverse";
                if (!scope.Add(symbol.ClrName, "relation", relation.Name, context)
                    || !queries.Add(symbol.ClrName, "relation", relation.Name, context)
                    || !queries.Add(inverseMethod, "inverse relation", relation.Inverse ?? relation.Name, context)
                    || !context.Declare(context.RelationNames, relation.Name, new RelationUse(symbol, false, relation.Name), "Relation", r => r.Declaration))
                {
                    continue;
                }

                context.Relations.Add(relation.Name.Text, symbol);
                if (relation.Inverse is { } inverse && context.CheckIdentifier(inverse))
                {
                    context.Declare(context.RelationNames, inverse, new RelationUse(symbol, true, inverse), "Relation", r => r.Declaration);
                }
            }

            foreach (var document in file.Documents)
            {
                if (context.CheckIdentifier(document.Name))
                {
                    var clrName = Identifiers.ToPascal(document.Name.Text);
                    if (ScopeFor(documentScopes, ns, $"class '{ns}.Documents'").Add(clrName, "document", document.Name, context))
                    {
                        context.Declare(context.Documents, document.Name, new DocumentSymbol(document, ns, clrName), "Document", d => d.Syntax.Name);
                    }
                }
            }

            DeclareInstances(file.Entities, ns, isEvent: false, ScopeFor(entityScopes, ns, $"class '{ns}.Entities'"), context);
            DeclareInstances(file.Events, ns, isEvent: true, ScopeFor(eventScopes, ns, $"class '{ns}.Events'"), context);
            foreach (var fact in file.Facts)
            {
                context.Facts.Add((fact, ns));
            }
        }
    }

    /// <summary>Traversal methods are extension methods of the graph, so they must not take the names of its own members.</summary>
    private static void ReserveGraphMembers(ClrNameScope scope)
    {
        foreach (var member in new[]
        {
            "Find", "FindAll", "FindById", "Get", "All", "Events", "Facts", "Out", "In", "OutFacts", "InFacts", "Closure",
            "InverseClosure", "PlacesWithin", "EventsIn", "SourcesOf", "ShortestPath", "Neighbourhood", "Entities",
            "AllFacts", "Relations", "Structure", "ToString", "Equals", "GetHashCode", "GetType",
        })
        {
            scope.Reserve(member, "a member of the graph");
        }
    }

    private static List<Located> EnumMembers(EnumSyntax @enum, string ns, BindingContext context)
    {
        var scope = new ClrNameScope($"enum '{ns}.{@enum.Name.Text}'");
        var seen = new Dictionary<string, Located>(System.StringComparer.Ordinal);
        var members = new List<Located>();
        foreach (var member in @enum.Members)
        {
            if (seen.TryGetValue(member.Text, out var first))
            {
                context.Report(Descriptors.DuplicateName, member.Span, "Enum value", member.Text, first.Span);
            }
            else if (context.CheckIdentifier(member) && scope.Add(Identifiers.ToPascal(member.Text), "enum value", member, context))
            {
                seen.Add(member.Text, member);
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>The graph factory of a namespace: <c>Izyum</c> gets <c>IzyumGraph</c>.</summary>
    public static string GraphFactoryName(string ns) => ns.Substring(ns.LastIndexOf('.') + 1) + "Graph";

    private static void DeclareInstances(EquatableArray<InstanceSyntax> instances, string ns, bool isEvent, ClrNameScope scope, BindingContext context)
    {
        var what = isEvent ? "event" : "entity";
        foreach (var instance in instances)
        {
            if (!context.CheckIdentifier(instance.Name))
            {
                continue;
            }

            var clrName = Identifiers.ToPascal(instance.Name.Text);
            if (!scope.Add(clrName, what, instance.Name, context))
            {
                continue;
            }

            var symbol = new InstanceSymbol(instance, ns, clrName, isEvent);
            if (context.Declare(context.Instances, instance.Name, symbol, isEvent ? "Event" : "Entity", i => i.Syntax.Name))
            {
                (isEvent ? context.Events : context.Entities).Add(symbol);
            }
        }
    }

    private static string? ResolveNamespace(OntologyFileSyntax file, BindingContext context)
    {
        if (file.Namespace is { } declared)
        {
            if (Identifiers.NamespaceProblem(declared.Text) is { } problem)
            {
                context.Report(Descriptors.InvalidIdentifier, declared.Span, declared.Text, problem);
                return null;
            }

            return declared.Text;
        }

        if (context.Options.DefaultNamespace is { } fallback)
        {
            return fallback;
        }

        var empty = file.Enums.IsEmpty && file.Types.IsEmpty && file.Relations.IsEmpty && !file.DeclaresData;
        if (!empty)
        {
            context.Report(Descriptors.MissingRequired, new SourceSpan(file.Path, 0, 0, 1, 1, 1, 1), $"The file '{file.Path}'", "key", "namespace");
        }

        return null;
    }

    private static bool CheckTypeName(Located name, string what, BindingContext context)
    {
        if (context.Types.TryGetValue(name.Text, out var existing) && existing.IsBuiltIn)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, "the built-in kind", $"a{(what == "enum" ? "n" : "")} {what}");
            return false;
        }

        if (System.Array.IndexOf(ScalarNames, name.Text) >= 0)
        {
            context.Report(Descriptors.ReservedName, name.Span, name.Text, "the scalar type", $"a{(what == "enum" ? "n" : "")} {what}");
            return false;
        }

        return true;
    }

    private static ClrNameScope ScopeFor(Dictionary<string, ClrNameScope> scopes, string ns, string description, System.Action<ClrNameScope>? initialize = null)
    {
        if (!scopes.TryGetValue(ns, out var scope))
        {
            scope = new ClrNameScope(description);
            scope.Reserve("All", "the generated list of every member");
            initialize?.Invoke(scope);
            scopes.Add(ns, scope);
        }

        return scope;
    }
}
