using Xunit;
using static KnowledgeGraph.Generator.Tests.Hardening.HostileInputTests;

namespace KnowledgeGraph.Generator.Tests.Hardening;

/// <summary>YAML mistakes reported in plain words, with the fix, at the line of the mistake.</summary>
public sealed class YamlMessageTests
{
    [Theory]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\n  b:\n    type: Node\n    doc: Note: a town\n", 6, "a value holds ': ' (a colon and a space)")]
    [InlineData("namespace: D\nentities:\n  a:\n    type: Node\n   name: A\n", 5, "this line does not line up with the keys around it")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node\n  b: { type: Node }\n", 3, "this '{' is not closed; close it with '}' on the same line")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node, aliases: [A, B }\n", 3, "a '[ ... ]' list is not closed")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node, name: \"A }\n", 3, "the file ends inside a quoted value or a bracket")]
    [InlineData("namespace: D\nentities:\n  a: { type: Node }\ncrimea: { type: Node }\n", 4, "it looks like an entity or an event: indent it under 'entities:' or 'events:'")]
    [InlineData("namespace: D\nTown: { is: Place }\n", 2, "it looks like a type: indent it under 'types:'")]
    public void A_yaml_mistake_says_what_is_wrong_and_how_to_fix_it(string data, int line, string message)
    {
        var actual = Single(Run(data));

        Assert.Equal(line, actual.Line);
        Assert.Contains(message, actual.Message);
    }
}
