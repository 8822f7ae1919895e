using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KnowledgeGraph.Generator.Tests.Infrastructure;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Tables;
using Xunit;

namespace KnowledgeGraph.Generator.Tests;

/// <summary>
/// The bound model and the symbol table carry plain values: C# is written only by the emitter. Every string reachable
/// from what the snapshot ontology binds to, and the schema table written of it, is checked for C# type syntax.
/// </summary>
public sealed class ModelValuesTests
{
    [Fact]
    public void The_bound_model_holds_no_CSharp_type_names()
    {
        var (result, table) = Bind();
        var strings = new List<(string Path, string Value)>();
        Walk(result, "result", strings, new HashSet<object>(ReferenceEqualityComparer.Instance));
        Walk(table, "table", strings, new HashSet<object>(ReferenceEqualityComparer.Instance));

        // The walk must reach the places C# type names used to be: member types, bases, interfaces, relation ends.
        Assert.Contains(strings, s => s.Path.EndsWith(".Declared.Name") && s.Value == "IPlace");
        Assert.Contains(strings, s => s.Path.EndsWith(".Base.Name") && s.Value == "Land");
        Assert.Contains(strings, s => s.Path.Contains(".ImplementedInterfaces[") && s.Value == "IState");
        Assert.Contains(strings, s => s.Path.Contains(".RelationClass.") && s.Value == "LeftPlace");
        Assert.Contains(strings, s => s.Path.EndsWith(".TypeClass.Name") && s.Value == "Town");
        Assert.DoesNotContain(strings, s => s.Value.Contains("global::") || s.Value.Contains("IReadOnlyList<"));
        Assert.DoesNotContain("global::", SymbolTableFormat.Write(table));
    }

    [Fact]
    public void No_model_type_has_a_member_for_CSharp_text()
    {
        var modelTypes = typeof(SchemaModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SchemaModel).Namespace || t == typeof(TypeEntry) || t == typeof(SymbolTable));
        var members = modelTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static), (t, p) => t.Name + "." + p.Name);

        Assert.DoesNotContain(members, m => m.EndsWith("ClrType", StringComparison.Ordinal) || m.EndsWith("ClrMember", StringComparison.Ordinal));
    }

    private static (BindingResult Result, SymbolTable Table) Bind()
    {
        var files = new[] { ("schema.kg.yaml", SnapshotTests.Schema), ("data.kg.yaml", SnapshotTests.Data) }
            .Select(f => OntologyFileParser.Parse(GeneratorHarness.Root + f.Item1, f.Item2))
            .ToList();
        var result = KnowledgeGraph.Language.Binding.Binder.Bind(files, new OneDocument(GeneratorHarness.Root + "report.txt", SnapshotTests.Report));
        Assert.Empty(result.Diagnostics);
        return (result, DeclarationBinder.Declare(files.Select(DeclarationBinder.Declarations)).Table);
    }

    private static void Walk(object? value, string path, List<(string, string)> strings, HashSet<object> seen)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                strings.Add((path, text));
                return;
            case var _ when value.GetType().IsPrimitive || value is Enum || !seen.Add(value):
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", strings, seen);
                }

                return;
        }

        if (value.GetType().Namespace?.StartsWith("KnowledgeGraph.Language", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, strings, seen);
            }
        }
    }

    private sealed class OneDocument(string path, string text) : IDocumentSource
    {
        public string? GetText(string requested) => requested == path ? text : null;

        public string Missing(string requested) => string.Empty;

        public (string Problem, string Allowed)? Refuse(string dataFile, string written) => null;
    }
}
