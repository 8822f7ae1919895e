using System.Collections.Generic;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Language.Yaml;

namespace KnowledgeGraph.Language.Syntax;

/// <summary>Reads the schema sections of a file: <c>enums</c>, <c>types</c> and <c>relations</c>.</summary>
internal static class SchemaSectionReader
{

    public static void Read(MappingReader top, OntologyFileParser.FileBuilder file, List<KgDiagnostic> diagnostics)
    {
        SectionReader.ForEachNamed(top, "enums", diagnostics, (name, node) =>
            file.Enums.Add(new EnumSyntax(name.ToLocated(), MappingReader.ScalarList(node, null, $"enum '{name.Value}'", diagnostics))));

        SectionReader.ForEachNamed(top, "types", diagnostics, (name, node) =>
        {
            if (ReadType(name, node, diagnostics) is { } type)
            {
                file.Types.Add(type);
            }
        });

        SectionReader.ForEachNamed(top, "relations", diagnostics, (name, node) =>
        {
            var what = $"relation '{name.Value}'";
            var relation = MappingReader.Open(node, what, SectionKeys.Relation, diagnostics);
            if (relation is not null)
            {
                file.Relations.Add(new RelationSyntax(
                    name.ToLocated(),
                    relation.Scalar("from", what, diagnostics),
                    relation.Scalar("to", what, diagnostics),
                    relation.Text("label", what, diagnostics),
                    relation.Scalar("inverse", what, diagnostics),
                    relation.Flag("transitive", what, diagnostics),
                    relation.Text("doc", what, diagnostics),
                    relation.Flag("lasting", what, diagnostics)));
            }
        });
    }

    private static TypeSyntax? ReadType(YamlScalar name, YamlNode node, List<KgDiagnostic> diagnostics)
    {
        var what = $"type '{name.Value}'";
        var type = MappingReader.Open(node, what, SectionKeys.Type, diagnostics);
        if (type is null)
        {
            return null;
        }

        var implies = ReadRules(type, "implies", "implied relation", diagnostics);
        var ends = ReadRules(type, "ends", "ended relation", diagnostics);

        return new TypeSyntax(
            name.ToLocated(),
            type.Scalar("is", what, diagnostics),
            type.Scalars("mixins", what, diagnostics),
            type.Flag("abstract", what, diagnostics),
            type.Text("doc", what, diagnostics),
            ReadMembers(type, "properties", what, diagnostics),
            ReadMembers(type, "roles", what, diagnostics),
            implies,
            ends);
    }

    /// <summary>The rules of <c>implies</c> or <c>ends</c>: <c>relation: subjectRole -> objectRole</c>.</summary>
    private static EquatableArray<ImplicationSyntax> ReadRules(MappingReader type, string section, string what, List<KgDiagnostic> diagnostics)
    {
        var rules = new List<ImplicationSyntax>();
        SectionReader.ForEachNamed(type, section, diagnostics, (relation, rule) =>
        {
            if (ReadImplication(relation, rule, what, diagnostics) is { } implication)
            {
                rules.Add(implication);
            }
        });
        return rules.ToEquatableArray();
    }

    private static EquatableArray<MemberSyntax> ReadMembers(MappingReader type, string section, string owner, List<KgDiagnostic> diagnostics)
    {
        var members = new List<MemberSyntax>();
        SectionReader.ForEachNamed(type, section, diagnostics, (name, node) =>
        {
            var what = $"{(section == "roles" ? "role" : "property")} '{name.Value}' of {owner}";
            switch (node)
            {
                case YamlScalar { IsNull: false } scalar:
                    if (TypeExpression.Parse(scalar, what, diagnostics) is { } inline)
                    {
                        members.Add(new MemberSyntax(name.ToLocated(), inline.TypeName, inline.Cardinality, inline.Default, null));
                    }

                    break;
                case YamlMapping:
                    var member = MappingReader.Open(node, what, SectionKeys.Member, diagnostics)!;
                    if (member["type"] is not YamlScalar { IsNull: false } typeScalar)
                    {
                        diagnostics.Add(Descriptors.MissingRequired.At(name.Span, MappingReader.Capitalize(what), "key", "type"));
                        break;
                    }

                    if (TypeExpression.Parse(typeScalar, what, diagnostics) is { } expression)
                    {
                        var defaultValue = member.Scalar("default", what, diagnostics) ?? expression.Default;
                        members.Add(new MemberSyntax(name.ToLocated(), expression.TypeName, expression.Cardinality, defaultValue, member.Text("doc", what, diagnostics)));
                    }

                    break;
                default:
                    diagnostics.Add(Descriptors.WrongShape.At(node.Span, MappingReader.Capitalize(what), "a type such as 'Place+' or a mapping with 'type'", node.ShapeName));
                    break;
            }
        });
        return members.ToEquatableArray();
    }

    private static ImplicationSyntax? ReadImplication(YamlScalar relation, YamlNode rule, string what, List<KgDiagnostic> diagnostics)
    {
        var arrow = rule is YamlScalar { IsNull: false } scalar ? scalar.Value.IndexOf("->", System.StringComparison.Ordinal) : -1;
        if (rule is not YamlScalar text || arrow < 0)
        {
            diagnostics.Add(Descriptors.WrongShape.At(rule.Span, $"The rule of {what} '{relation.Value}'", "'subjectRole -> objectRole'", rule.ShapeName == "a scalar" ? "this" : rule.ShapeName));
            return null;
        }

        var subject = Trimmed(text, 0, arrow);
        var @object = Trimmed(text, arrow + 2, text.Value.Length - arrow - 2);
        if (subject is null || @object is null)
        {
            diagnostics.Add(Descriptors.WrongShape.At(text.Span, $"The rule of {what} '{relation.Value}'", "'subjectRole -> objectRole'", "this"));
            return null;
        }

        return new ImplicationSyntax(relation.ToLocated(), subject, @object);
    }

    private static Located? Trimmed(YamlScalar scalar, int start, int length)
    {
        var part = scalar.Value.Substring(start, length);
        var trimmed = part.Trim();
        return trimmed.Length == 0 ? null : ScalarSlicer.Slice(scalar, start + part.IndexOf(trimmed, System.StringComparison.Ordinal), trimmed.Length);
    }
}
