using System;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The one place that names things in RDF, both ways: an ontology's types, relations and enums under
/// <c>{base}schema/</c>, a type's properties and roles as <c>{base}schema/Type.member</c> (so that two types' members
/// of one name never share an IRI, and no class shares one with a property), enum members as <c>Enum.Member</c>;
/// entities and events under <c>{base}id/</c>, documents under <c>{base}doc/</c>; and the few terms of its own
/// vocabulary (<see cref="Vocabulary"/>). Names are percent-encoded where a character may not stand in an IRI.
/// </summary>
internal sealed class RdfNames
{
    /// <summary>The terms KnowledgeGraph adds where no standard vocabulary has one (what implied or ended a fact, document paths, omissions).</summary>
    public const string Vocabulary = "https://knowledgegraph.example/vocab#";

    public RdfNames(RdfOptions options)
    {
        Base = options.BaseIri;
        Schema = Base + "schema/";
        Ids = Base + "id/";
        Documents = Base + "doc/";
    }

    public string Base { get; }

    public string Schema { get; }

    public string Ids { get; }

    public string Documents { get; }

    public string Type(string name) => Schema + Encode(name);

    public string Relation(string name) => Schema + Encode(name);

    public string Member(string type, string member) => Schema + Encode(type) + "." + Encode(member);

    public string EnumMember(string @enum, string member) => Schema + Encode(@enum) + "." + Encode(member);

    public string Entity(string id) => Ids + Encode(id);

    public string Document(string id) => Documents + Encode(id);

    public static string Term(string local) => Vocabulary + local;

    public bool TryEntity(string iri, out string id) => TryLocal(iri, Ids, out id);

    public bool TryDocument(string iri, out string id) => TryLocal(iri, Documents, out id);

    /// <summary>
    /// The schema name of <paramref name="iri"/>: a type, relation or enum (<paramref name="member"/> null), or a type's
    /// member or an enum's (<c>Town.population</c>).
    /// </summary>
    public bool TrySchema(string iri, out string name, out string? member)
    {
        member = null;
        if (!TryLocal(iri, Schema, out var local))
        {
            name = string.Empty;
            return false;
        }

        var dot = iri.IndexOf('.', Schema.Length);
        if (dot < 0)
        {
            name = local;
            return true;
        }

        member = string.Empty;
        return TryDecode(iri.Substring(Schema.Length, dot - Schema.Length), out name) && TryDecode(iri.Substring(dot + 1), out member) && member.Length > 0;
    }

    private static bool TryLocal(string iri, string prefix, out string local)
    {
        local = string.Empty;
        if (!iri.StartsWith(prefix, StringComparison.Ordinal) || iri.Length == prefix.Length)
        {
            return false;
        }

        return TryDecode(iri.Substring(prefix.Length), out local);
    }

    /// <summary>
    /// Letters and digits of any script, <c>_</c> and <c>-</c> stay as they are (Turtle writes them as prefixed names);
    /// everything else, the <c>.</c> between a type and its member included, is percent-encoded as UTF-8.
    /// </summary>
    public static string Encode(string name)
    {
        var plain = true;
        foreach (var c in name)
        {
            plain &= IsPlain(c);
        }

        if (plain)
        {
            return name;
        }

        var text = new StringBuilder(name.Length + 8);
        var bytes = new byte[4];
        for (var i = 0; i < name.Length; i++)
        {
            if (IsPlain(name[i]))
            {
                text.Append(name[i]);
                continue;
            }

            var length = char.IsHighSurrogate(name[i]) && i + 1 < name.Length
                ? Encoding.UTF8.GetBytes(name.ToCharArray(i++, 2), 0, 2, bytes, 0)
                : Encoding.UTF8.GetBytes(new[] { name[i] }, 0, 1, bytes, 0);
            for (var b = 0; b < length; b++)
            {
                text.Append('%').Append(bytes[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static bool TryDecode(string local, out string name)
    {
        name = local;
        if (local.IndexOf('%') < 0)
        {
            return true;
        }

        var bytes = new byte[local.Length];
        var count = 0;
        for (var i = 0; i < local.Length; i++)
        {
            if (local[i] != '%')
            {
                count += Encoding.UTF8.GetBytes(local.ToCharArray(i, 1), 0, 1, bytes, count);
                continue;
            }

            if (i + 2 >= local.Length || !byte.TryParse(local.Substring(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            bytes[count++] = value;
            i += 2;
        }

        name = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes, 0, count);
        return true;
    }

    private static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
