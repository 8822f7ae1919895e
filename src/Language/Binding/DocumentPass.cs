using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds the documents a file declares to their text, and the sources and omitted passages that quote any declared document.</summary>
internal sealed class DocumentPass
{
    private readonly FileContext _context;

    public DocumentPass(FileContext context) => _context = context;

    /// <summary>The documents the file declares whose text was found and whose declaration is valid.</summary>
    public List<DocumentModel> BindDocuments(OntologyFileSyntax file)
    {
        var models = new List<DocumentModel>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var syntax in file.Documents)
        {
            if (_context.Table.FindDocument(syntax.Name.Text) is not { } document || document.File != file.Path || !seen.Add(syntax.Name.Text))
            {
                continue; // declared twice or not a valid name: reported by the declaration pass
            }

            var published = (string?)null;
            var ok = true;
            if (syntax.Published is { } date)
            {
                if (PartialDate.TryParse(date.Text, out var parsed))
                {
                    published = parsed.ToString();
                }
                else
                {
                    _context.Report(Descriptors.InvalidDate, date.Span, date.Text, PartialDate.WhyNoSuchDay(date.Text));
                    ok = false;
                }
            }

            if (syntax.Path is not { } path)
            {
                continue; // reported by the parser
            }

            if (_context.DocumentSource.Refuse(file.Path, path.Text) is { } refused)
            {
                _context.Report(Descriptors.DocumentOutsideFolder, path.Span, path.Text, refused.Problem, refused.Allowed);
            }
            else if (_context.Locator(document) is not { } locator)
            {
                if (_context.Undecodable(document) is var (line, column))
                {
                    _context.Report(Descriptors.InvalidDocumentEncoding, path.Span, document.Name, path.Text, line, column);
                }
                else
                {
                    _context.Report(Descriptors.DocumentNotFound, path.Span, $"The file '{path.Text}' of document '{document.Name}'", document.ResolvedPath, _context.DocumentSource.Missing(document.ResolvedPath));
                }
            }
            else if (ok)
            {
                models.Add(new DocumentModel(document.Name, document.Namespace, document.ClrName, path.Text, syntax.Title, published, locator.Text));
            }
        }

        return models;
    }

    /// <summary>The bound sources, or null when any of them is wrong (reported).</summary>
    public EquatableArray<SourceModel>? BindSources(EquatableArray<SourceSyntax> sources)
    {
        var bound = new List<SourceModel>();
        var ok = true;
        foreach (var source in sources)
        {
            if (Bind(source) is { } model)
            {
                bound.Add(model);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? bound.ToEquatableArray() : null;
    }

    /// <summary>The omitted passages whose document, quote and reason are right; the others are reported.</summary>
    public List<OmissionModel> BindOmissions(OntologyFileSyntax file)
    {
        var models = new List<OmissionModel>();
        foreach (var omission in file.Omissions)
        {
            // A missing document, quote or reason is reported by the parser.
            var passage = omission.Quote is null ? null : Bind(omission.Document, omission.Quote, omission.Span);
            var reason = omission.Reason?.Text.ToLowerInvariant();
            if (omission.Reason is { } written && System.Array.IndexOf(OmissionReasons.All, reason) < 0)
            {
                _context.Report(
                    Descriptors.UnknownOmissionReason, written.Span, written.Text,
                    string.Join(", ", OmissionReasons.All), _context.DidYouMean(written.Text, OmissionReasons.All));
                reason = null;
            }

            if (passage is not null && reason is not null)
            {
                if (Number(passage.Quote) is { } number)
                {
                    _context.Report(Descriptors.OmittedClaim, omission.Quote!.Span, number);
                }

                models.Add(new OmissionModel(passage, reason, omission.Note));
            }
        }

        return models;
    }

    private SourceModel? Bind(SourceSyntax source) => Bind(source.Document, source.Quote, source.Span);

    private SourceModel? Bind(Located? documentName, Located? quoteText, SourceSpan span)
    {
        if (documentName is not { } name)
        {
            return null; // reported by the parser
        }

        if (_context.Table.FindDocument(name.Text) is not { } document)
        {
            _context.Report(Descriptors.UnknownDocument, name.Span, name.Text, _context.DidYouMean(name.Text, _context.Table.AllDocumentNames));
            return null;
        }

        if (quoteText is not { } quote)
        {
            _context.Report(Descriptors.MissingRequired, span, "The source", "key", "quote");
            return null;
        }

        if (_context.Locator(document) is not { } locator)
        {
            _context.LeftOutForErrorElsewhere(); // the missing file is reported on the document
            return null;
        }

        if (string.IsNullOrWhiteSpace(quote.Text))
        {
            _context.Report(Descriptors.WrongShape, quote.Span, "A quote", "the words of the document it cites", "empty");
            return null;
        }

        if (locator.Find(quote.Text) is not { } found)
        {
            _context.Report(Descriptors.QuoteNotFound, quote.Span, document.Name, document.PathText, Shorten(quote.Text), locator.Mismatch(quote.Text));
            return null;
        }

        return new SourceModel(document.Name, locator.Text.Substring(found.Offset, found.Length), found.Offset, found.Length, found.Line, found.Column);
    }

    /// <summary>The first number in a passage (<c>40,000</c>), or null.</summary>
    private static string? Number(string passage)
    {
        for (var i = 0; i < passage.Length; i++)
        {
            if (char.IsDigit(passage[i]))
            {
                var end = i;
                while (end < passage.Length && (char.IsDigit(passage[end]) || (passage[end] is ',' or '.' && end + 1 < passage.Length && char.IsDigit(passage[end + 1]))))
                {
                    end++;
                }

                return passage.Substring(i, end - i);
            }
        }

        return null;
    }

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote.Substring(0, 77) + "...";
}
