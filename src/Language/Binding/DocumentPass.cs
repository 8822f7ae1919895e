using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Model;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>Binds documents to their text and the sources that quote them.</summary>
internal sealed class DocumentPass
{
    private readonly Dictionary<DocumentSymbol, QuoteLocator> _locators = new();
    private readonly BindingContext _context;

    public DocumentPass(BindingContext context) => _context = context;

    public void BindDocuments()
    {
        foreach (var document in _context.Documents.Values)
        {
            var syntax = document.Syntax;
            if (syntax.Published is { } published && !PartialDate.TryParse(published.Text, out _))
            {
                _context.Report(Descriptors.InvalidDate, published.Span, published.Text, string.Empty);
            }

            if (syntax.Path is not { } path)
            {
                continue;
            }

            document.ResolvedPath = PathUtilities.ResolveRelativeTo(path.Span.Path, path.Text);
            document.Text = _context.DocumentSource.GetText(document.ResolvedPath);
            if (document.Text is null)
            {
                _context.Report(Descriptors.DocumentNotFound, path.Span, path.Text, document.Name, document.ResolvedPath);
            }
        }
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

    private SourceModel? Bind(SourceSyntax source)
    {
        if (source.Document is not { } name)
        {
            return null; // reported by the parser
        }

        if (!_context.Documents.TryGetValue(name.Text, out var document))
        {
            _context.Report(Descriptors.UnknownDocument, name.Span, name.Text, Suggestions.DidYouMean(name.Text, _context.Documents.Keys));
            return null;
        }

        if (source.Quote is not { } quote)
        {
            _context.Report(Descriptors.MissingRequired, source.Span, "The source", "key", "quote");
            return null;
        }

        if (document.Text is null)
        {
            return null; // the missing file is reported on the document
        }

        if (!_locators.TryGetValue(document, out var locator))
        {
            locator = new QuoteLocator(document.Text);
            _locators.Add(document, locator);
        }

        if (locator.Find(quote.Text) is not { } found)
        {
            _context.Report(Descriptors.QuoteNotFound, quote.Span, document.Name, document.Syntax.Path!.Text, Shorten(quote.Text));
            return null;
        }

        return new SourceModel(document.Name, document.ClrMember, document.Text.Substring(found.Offset, found.Length), found.Offset, found.Length, found.Line, found.Column);
    }

    public IEnumerable<DocumentModel> Models() => _context.Documents.Values
        .Where(d => d.Text is not null && d.Syntax.Path is not null && (d.Syntax.Published is null || PartialDate.TryParse(d.Syntax.Published.Text, out _)))
        .Select(d => new DocumentModel(d.Name, d.Namespace, d.ClrName, d.Syntax.Path!.Text, d.Syntax.Title, d.Syntax.Published is { } p ? PartialDate.Parse(p.Text).ToString() : null));

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : quote.Substring(0, 77) + "...";
}
