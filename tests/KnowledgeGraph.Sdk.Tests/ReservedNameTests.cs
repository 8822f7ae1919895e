using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KnowledgeGraph.Language.Binding;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// The names the binder refuses for members and relations, held against the SDK's own types, so that a member added to
/// <see cref="Entity"/>, <see cref="Event"/> or <see cref="Graph"/> cannot be taken silently by generated code.
/// </summary>
public sealed class ReservedNameTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    [Fact]
    public void Every_member_a_generated_entity_inherits_is_reserved_and_nothing_else_is()
    {
        var inherited = VisibleMembers(typeof(Event)).Union(VisibleMembers(typeof(Entity))).ToHashSet();
        Assert.Empty(inherited.Except(ReservedNames.EntityClrMembers).Order(StringComparer.Ordinal));
        Assert.Empty(ReservedNames.EntityClrMembers.Except(inherited).Except(ReservedNames.GeneratedEntityMembers).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_member_of_the_graph_that_would_answer_a_traversal_is_reserved()
    {
        var graphMembers = typeof(Graph).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        var answering = graphMembers.Where(AnswersATraversal).Select(m => m.Name).ToHashSet();

        Assert.Empty(answering.Except(ReservedNames.GraphClrMembers).Order(StringComparer.Ordinal));
        Assert.Empty(ReservedNames.GraphClrMembers.Except(graphMembers.Select(m => m.Name)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_rule_for_graph_members_tells_a_method_that_takes_one_entity_from_one_that_cannot()
    {
        Assert.True(AnswersATraversal(typeof(Graph).GetMethod(nameof(Graph.Describe))!));
        Assert.True(AnswersATraversal(typeof(Graph).GetMethod(nameof(Graph.NeighbourhoodPicture))!));
        Assert.True(AnswersATraversal(typeof(Graph).GetProperty(nameof(Graph.Documents))!));
        Assert.True(AnswersATraversal(typeof(Graph).GetMethod(nameof(Graph.PlacesWithin))!));
        Assert.False(AnswersATraversal(typeof(Graph).GetMethod(nameof(Graph.FindDocument))!));
        Assert.False(AnswersATraversal(typeof(Graph).GetMethods().First(m => m.Name == nameof(Graph.Supports))));
        Assert.False(AnswersATraversal(typeof(Graph).GetMethods().First(m => m.Name == nameof(Graph.Out))));
    }

    /// <summary>
    /// Whether C# would bind <c>graph.Name(entity)</c> to this member rather than to a generated traversal of that
    /// name: a property or field (the call is then an error), or a method that one entity can be passed to, with every
    /// other parameter optional and every type argument inferred from the entity.
    /// </summary>
    private static bool AnswersATraversal(MemberInfo member)
    {
        if (member is PropertyInfo or FieldInfo)
        {
            return true;
        }

        if (member is not MethodInfo { IsSpecialName: false } method || method.GetParameters() is not [var first, .. var rest])
        {
            return false;
        }

        var inferred = !method.IsGenericMethodDefinition || method.GetGenericArguments().All(a => first.ParameterType == a);
        return inferred && rest.All(p => p.IsOptional) && TakesAnEntity(first.ParameterType);
    }

    private static bool TakesAnEntity(Type parameter) =>
        parameter.IsGenericParameter || new[] { typeof(Actor), typeof(Place), typeof(Event) }.Any(parameter.IsAssignableFrom)
        || (parameter.IsInterface && typeof(IEntity).IsAssignableFrom(parameter));

    [Fact]
    public void The_keys_of_every_entity_and_event_are_reserved_member_names()
    {
        Assert.Equal(
            new[] { "aliases", "date", "doc", "end", "id", "name", "source", "sources", "start", "type" },
            ReservedNames.MemberKeys.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// What code outside the SDK can name on a value of <paramref name="type"/> or a class derived from it: public and
    /// protected members of the type and its bases, by name, without accessors, operators and constructors.
    /// </summary>
    private static IEnumerable<string> VisibleMembers(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(Everything | BindingFlags.DeclaredOnly))
            {
                if (IsVisible(member) && member is not ConstructorInfo && !(member is MethodInfo { IsSpecialName: true }))
                {
                    yield return member.Name;
                }
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };
}
