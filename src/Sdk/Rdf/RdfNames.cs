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
        name = string.Empty;
        member = null;
        if (!iri.StartsWith(Schema, StringComparison.Ordinal) || iri.Length == Schema.Length)
        {
            return false;
        }

        var dot = iri.IndexOf('.', Schema.Length);
        if (dot < 0)
        {
            return TryDecode(iri.Substring(Schema.Length), out name);
        }

        member = string.Empty;
        return TryDecode(iri.Substring(Schema.Length, dot - Schema.Length), out name) && TryDecode(iri.Substring(dot + 1), out member) && member.Length > 0 && name.Length > 0;
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

            var length = i + 1 < name.Length && char.IsSurrogatePair(name[i], name[i + 1])
                ? Encoding.UTF8.GetBytes(name.ToCharArray(i++, 2), 0, 2, bytes, 0)
                : Encoding.UTF8.GetBytes(new[] { name[i] }, 0, 1, bytes, 0);
            for (var b = 0; b < length; b++)
            {
                text.Append('%').Append(bytes[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// For an IRI under the ids or documents that names something in another form than the one this reads (a letter
    /// percent-encoded, a character that should be), the IRI in that form; null for any other IRI.
    /// </summary>
    public string? CanonicalForm(string iri)
    {
        foreach (var prefix in new[] { Ids, Documents })
        {
            if (iri.Length > prefix.Length && iri.StartsWith(prefix, StringComparison.Ordinal)
                && !TryDecode(iri.Substring(prefix.Length), out _) && TryPercentDecode(iri.Substring(prefix.Length), out var name) && name.Length > 0
                && Encode(name).IndexOf('%') < 0)
            {
                return prefix + name; // only a name of letters, digits, '_' and '-' is worth suggesting: it can be an id
            }
        }

        return null;
    }

    /// <summary>
    /// The name a local part stands for: percent-escapes read as strict UTF-8. Only the form <see cref="Encode"/> writes
    /// is accepted, so that one name has one IRI (<c>%69zyum</c> is not another way to write <c>izyum</c>).
    /// </summary>
    private static bool TryDecode(string local, out string name) => TryPercentDecode(local, out name) && Encode(name) == local;

    /// <summary>Decodes percent escapes as UTF-8, whatever else the text holds.</summary>
    private static bool TryPercentDecode(string local, out string name)
    {
        name = local;
        if (local.IndexOf('%') < 0)
        {
            return true;
        }

        var bytes = new System.Collections.Generic.List<byte>(local.Length + 8);
        for (var i = 0; i < local.Length; i++)
        {
            if (local[i] != '%')
            {
                var length = char.IsHighSurrogate(local[i]) && i + 1 < local.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(local.Substring(i, length)));
                i += length - 1;
                continue;
            }

            if (i + 2 >= local.Length || !Uri.IsHexDigit(local[i + 1]) || !Uri.IsHexDigit(local[i + 2]))
            {
                return false;
            }

            bytes.Add((byte)((HexValue(local[i + 1]) << 4) | HexValue(local[i + 2])));
            i += 2;
        }

        try
        {
            name = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsPlain(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
