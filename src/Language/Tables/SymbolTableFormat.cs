using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Tables;

/// <summary>
/// The compiled schema as the run-time loader needs it: enums, types with the members they declare, relations and
/// their names, and the documents data may quote. Entities and events are not in it (the compiled data tables hold
/// them), and documents are known by name alone: no folder of the build machine is written.
/// </summary>
public static class SymbolTableFormat
{
    private const string Magic = "kg-schema";
    private const string Version = "3";

    /// <summary>Where the loader finds the text of a compiled document: its name under a root no file system has.</summary>
    public const string CompiledDocumentRoot = "compiled:/";

    public static string Write(SymbolTable table)
    {
        var writer = new TableWriter();
        writer.Field(Magic).Field(Version).Field(table.DefaultNamespace).EndRecord();
        foreach (var @enum in table.Enums)
        {
            writer.Field("enum").Field(@enum.Name).Field(@enum.Namespace).Field(@enum.ClrName).Field(@enum.Doc).Field(@enum.Members.Count);
            foreach (var member in @enum.Members)
            {
                writer.Field(member.Name).Field(member.ClrName);
            }

            writer.EndRecord();
        }

        foreach (var type in table.Types)
        {
            writer.Field("type").Field(type.Name).Field(type.Namespace).Field(type.ClrName).Field(type.Kind.ToString())
                .Field(type.IsAbstract).Field(type.IsValid).Field(type.HasInterface).Field(type.Base).Field(type.Doc).Field(type.Mixins.Count);
            foreach (var mixin in type.Mixins)
            {
                writer.Field(mixin);
            }

            writer.Field(type.Members.Count);
            foreach (var member in type.Members)
            {
                writer.Field(member.Name).Field(member.ClrName).Field(member.Type.Kind.ToString()).Field(member.Type.Name).Field(member.Type.Scalar.ToString())
                    .Field(member.Type.Declared?.Namespace).Field(member.Type.Declared?.Name).Field(member.Cardinality.Suffix()).Field(member.DefaultValue).Field(member.Doc).Field(member.IsRole).Field(member.DeclaringType);
            }

            writer.EndRecord();
        }

        foreach (var relation in table.Relations)
        {
            writer.Field("relation").Field(relation.Name).Field(relation.Namespace).Field(relation.ClrName).Field(relation.Label)
                .Field(relation.From.Name).Field(relation.From.Declared!.Namespace).Field(relation.From.Declared.Name)
                .Field(relation.To.Name).Field(relation.To.Declared!.Namespace).Field(relation.To.Declared.Name)
                .Field(relation.Inverse).Field(relation.InverseClrName).Field(relation.Transitive).Field(relation.Doc).Field(relation.Lasting).EndRecord();
        }

        foreach (var name in table.RelationNames)
        {
            writer.Field("name").Field(name.Name).Field(name.Relation).Field(name.IsInverse).EndRecord();
        }

        foreach (var document in table.Documents)
        {
            writer.Field("document").Field(document.Name).Field(document.Namespace).Field(document.ClrName).Field(document.PathText).Field(PathUtilities.FileName(document.File)).EndRecord();
        }

        return writer.ToString();
    }

    /// <summary>Reads a schema back. Throws <see cref="FormatException"/> on a table that does not read.</summary>
    public static SymbolTable Read(string text)
    {
        var reader = new TableReader(text);
        if (reader.Field() != Magic || reader.Field() != Version)
        {
            throw new FormatException($"The compiled schema is not a KnowledgeGraph schema table of version {Version}; rebuild the project with this version of KnowledgeGraph.");
        }

        var defaultNamespace = reader.NullableField();
        reader.EndRecord();
        var enums = new List<EnumModel>();
        var types = new List<TypeEntry>();
        var relations = new List<RelationModel>();
        var names = new List<RelationNameEntry>();
        var documents = new List<DocumentEntry>();
        while (!reader.AtEnd)
        {
            switch (reader.Field())
            {
                case "enum":
                    var (enumName, enumNamespace, enumClr, enumDoc) = (reader.Field(), reader.Field(), reader.Field(), reader.NullableField());
                    var members = new List<EnumMemberModel>();
                    for (var count = reader.Int(); count > 0; count--)
                    {
                        members.Add(new EnumMemberModel(reader.Field(), reader.Field()));
                    }

                    enums.Add(new EnumModel(enumName, enumNamespace, enumClr, enumDoc, members.ToEquatableArray()));
                    break;
                case "type":
                    types.Add(ReadType(reader));
                    break;
                case "relation":
                    var (name, ns, clr, label) = (reader.Field(), reader.Field(), reader.Field(), reader.Field());
                    var from = new ValueTypeModel(ValueKind.Entity, reader.Field(), ScalarType.None, new QualifiedName(reader.Field(), reader.Field()));
                    var to = new ValueTypeModel(ValueKind.Entity, reader.Field(), ScalarType.None, new QualifiedName(reader.Field(), reader.Field()));
                    relations.Add(new RelationModel(name, ns, clr, label, from, to, reader.NullableField(), reader.NullableField(), reader.Bool(), reader.NullableField(), reader.Bool()));
                    break;
                case "name":
                    names.Add(new RelationNameEntry(reader.Field(), reader.Field(), reader.Bool()));
                    break;
                case "document":
                    var (documentName, documentNamespace, documentClr, path, file) = (reader.Field(), reader.Field(), reader.Field(), reader.Field(), reader.Field());
                    documents.Add(new DocumentEntry(documentName, documentNamespace, documentClr, CompiledDocumentRoot + documentName, path, file + " (compiled)"));
                    break;
                case var kind:
                    throw new FormatException($"Unknown record '{kind}' in the compiled schema.");
            }

            reader.EndRecord();
        }

        return new SymbolTable(defaultNamespace, enums.ToEquatableArray(), types.ToEquatableArray(), relations.ToEquatableArray(), names.ToEquatableArray(), documents.ToEquatableArray(), default, default);
    }

    private static TypeEntry ReadType(TableReader reader)
    {
        var (name, ns, clr) = (reader.Field(), reader.Field(), reader.Field());
        var kind = (BaseKind)Enum.Parse(typeof(BaseKind), reader.Field());
        var (isAbstract, isValid, hasInterface, baseName, doc) = (reader.Bool(), reader.Bool(), reader.Bool(), reader.NullableField(), reader.NullableField());
        var mixins = new List<string>();
        for (var count = reader.Int(); count > 0; count--)
        {
            mixins.Add(reader.Field());
        }

        var members = new List<MemberModel>();
        for (var count = reader.Int(); count > 0; count--)
        {
            var (memberName, memberClr) = (reader.Field(), reader.Field());
            var valueKind = (ValueKind)Enum.Parse(typeof(ValueKind), reader.Field());
            var typeName = reader.Field();
            var scalar = (ScalarType)Enum.Parse(typeof(ScalarType), reader.Field());
            var declared = (reader.NullableField(), reader.NullableField()) is ({ } declaredNamespace, { } declaredName) ? new QualifiedName(declaredNamespace, declaredName) : null;
            var valueType = new ValueTypeModel(valueKind, typeName, scalar, declared);
            var cardinality = CardinalityOf(reader.Field());
            members.Add(new MemberModel(memberName, memberClr, valueType, cardinality, reader.NullableField(), reader.NullableField(), reader.Bool(), reader.Field()));
        }

        return new TypeEntry(name, ns, clr, kind, isAbstract, isValid, hasInterface, baseName, mixins.ToEquatableArray(), members.ToEquatableArray(), doc);
    }

    private static Cardinality CardinalityOf(string suffix) => suffix switch
    {
        "" => Cardinality.ExactlyOne,
        "?" => Cardinality.Optional,
        "+" => Cardinality.OneOrMore,
        "*" => Cardinality.Any,
        _ => throw new FormatException($"Unknown cardinality '{suffix}' in the compiled schema."),
    };
}
