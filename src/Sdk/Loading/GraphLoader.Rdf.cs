using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using KnowledgeGraph.Language.Binding;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Syntax;
using KnowledgeGraph.Language.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph;

public sealed partial class GraphLoader
{
    /// <summary>
    /// Loads an RDF file (N-Triples or Turtle, from the extension <c>.nt</c> or <c>.ttl</c> unless
    /// <paramref name="format"/> says) in the shapes <see cref="RdfExport"/> writes, checked as a data file is: same
    /// rules, diagnostics at the triple's line and column, all or nothing. The file streams through the reader; documents
    /// it names (<c>kg:path</c>) are read relative to it, inside its folder.
    /// </summary>
    public LoadResult LoadRdf(string path, RdfFormat? format = null, RdfOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using (Turn())
        {
            var full = PathUtilities.Normalize(Path.GetFullPath(path));
            var start = new SourceSpan(full, 0, 0, 1, 1, 1, 1);
            if ((format ?? FormatOf(full)) is not { } known)
            {
                return Failed(Descriptors.InvalidRdf.At(start, "RDF", $"the extension of '{path}' names no RDF format this loader reads; use .nt (N-Triples) or .ttl (Turtle), or pass the RdfFormat"));
            }

            var reader = new BoundedReader(_options.MaxFileBytes, _options.MaxLoadBytes);
            if (Directory.Exists(full))
            {
                return Failed(Descriptors.Limits.Folder.At(start, path, "*.ttl"));
            }

            var (text, problem) = reader.OpenText(full);
            if (problem == ReadProblem.NotFound)
            {
                return Failed(Descriptors.DocumentNotFound.At(start, $"The data file '{path}'", full, string.Empty));
            }

            if (text is null)
            {
                return Failed(Descriptors.Limits.DataFileUnread.At(start, Describe(problem)));
            }

            using (text)
            {
                return LoadRdf(full, text.Open, known, options, reader, cancellationToken);
            }
        }
    }

    /// <summary>Loads RDF given as text; <paramref name="path"/> locates its diagnostics and the documents it names.</summary>
    public LoadResult LoadRdfText(string path, string text, RdfFormat format, RdfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        using (Turn())
        {
            if (text.Length > _options.MaxFileBytes)
            {
                return Failed(Descriptors.Limits.FileTooLarge.At(new SourceSpan(PathUtilities.Normalize(Path.GetFullPath(path)), 0, 0, 1, 1, 1, 1), Count(text.Length), Count(_options.MaxFileBytes) + " (LoaderOptions.MaxFileBytes)"));
            }

            return LoadRdf(PathUtilities.Normalize(Path.GetFullPath(path)), () => new StringReader(text), format, options, new BoundedReader(_options.MaxFileBytes, _options.MaxLoadBytes), CancellationToken.None);
        }
    }

    /// <summary>What the last RDF load held while it read its triples (for tests: a file written subject by subject holds few).</summary>
    internal RdfReadingFigures? LastRdfReading { get; private set; }

    /// <summary>Loads RDF from a text that <paramref name="open"/> gives from its start each time it is called (the text is read twice).</summary>
    internal LoadResult LoadRdf(string path, Func<TextReader> open, RdfFormat format)
    {
        using (Turn())
        {
            return LoadRdf(PathUtilities.Normalize(Path.GetFullPath(path)), open, format, null, new BoundedReader(_options.MaxFileBytes, _options.MaxLoadBytes), CancellationToken.None);
        }
    }

    private LoadResult LoadRdf(string path, Func<TextReader> open, RdfFormat format, RdfOptions? options, BoundedReader reader, CancellationToken cancellationToken)
    {
        var files = new List<OntologyFileSyntax>(1);
        return ReadRdf(path, open, format, options, files, out var isCascade, cancellationToken) ?? Load(files, reader, cancellationToken, isCascade);
    }

    /// <summary>
    /// Reads the triples and makes of them the syntax of one data file, added to <paramref name="files"/>; or the load's
    /// failure. The text is read twice: first to plan when each subject can be read (<see cref="RdfSubjects.Outline"/>),
    /// then to read each as soon as it can and let its triples go, so that a file written subject by subject never has
    /// its triples whole in memory. A method of its own so that neither the triples nor the syntax are held by a frame
    /// while the file is bound (see <see cref="ReadInto"/>).
    /// </summary>
    private LoadResult? ReadRdf(
        string path, Func<TextReader> open, RdfFormat format, RdfOptions? options, List<OntologyFileSyntax> files, out Func<KgDiagnostic, bool> isCascade, CancellationToken cancellationToken)
    {
        isCascade = _ => false;
        var names = new RdfNames(options ?? _schema.RdfOptions);
        var subjects = new RdfSubjects();
        if (ReadTriples(path, open, format, subjects.Outline, cancellationToken) is { } unread)
        {
            return unread;
        }

        var plan = subjects.Plan();
        var reading = new RdfDataFile(path, subjects, _table, names, KnownGraph(names));
        var readWhole = reading.Begin();
        if (readWhole)
        {
            try
            {
                var position = 0;
                var changed = ReadTriples(path, open, format, triple =>
                {
                    if (!subjects.Add(triple))
                    {
                        throw new RdfFileChangedException();
                    }

                    // A subject with fewer triples than the first reading gave it lost some: the file changed.
                    while (plan.TryNextRead(position, out var node))
                    {
                        reading.Read(subjects.IsWhole(node) ? subjects.Term(node) : throw new RdfFileChangedException());
                    }

                    while (plan.TryNextRelease(position, out var node))
                    {
                        reading.Release(subjects.IsWhole(node) ? subjects.Term(node) : throw new RdfFileChangedException(), node);
                    }

                    position++;
                }, cancellationToken);
                if (changed is not null)
                {
                    return changed;
                }

                if (!subjects.ReadAsOutlined || !plan.Done)
                {
                    throw new RdfFileChangedException();
                }
            }
            catch (RdfFileChangedException)
            {
                var start = new SourceSpan(path, 0, 0, 1, 1, 1, 1);
                return Failed(Descriptors.Limits.ReadFailed.At(start, "it changed while it was read: an RDF file is read twice, once to plan and once to load; load it again once it is written"));
            }
        }

        LastRdfReading = new RdfReadingFigures(subjects.Count, subjects.MostBlocksHeld, subjects.BlocksHeld);
        var (file, cascade) = reading.Finish(readWhole);
        files.Add(file);
        isCascade = cascade;
        return null;
    }

    /// <summary>
    /// Streams the triples of the text to <paramref name="each"/>, within the loader's limits; null, or the load's
    /// failure (a syntax error, a limit passed, a file that cannot be read).
    /// </summary>
    private LoadResult? ReadTriples(string path, Func<TextReader> open, RdfFormat format, Action<RdfTriple> each, CancellationToken cancellationToken)
    {
        var start = new SourceSpan(path, 0, 0, 1, 1, 1, 1);
        try
        {
            using var text = open();
            var turtle = format == RdfFormat.Turtle ? new TurtleReader(text, new Uri(path).AbsoluteUri) : null;
            var triples = turtle?.ReadTriples() ?? new NTriplesReader(text).ReadTriples();
            var count = 0;
            foreach (var triple in triples)
            {
                each(triple);
                if ((++count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Prefixes let a short text name long IRIs: what they add is bounded as the text is.
                if (turtle is not null && turtle.ExpandedCharacters > 4 * _options.MaxFileBytes)
                {
                    return Failed(Descriptors.Limits.IriExpansion.At(start, Count(4 * _options.MaxFileBytes)));
                }

                if (count > _options.MaxNodes)
                {
                    return Failed(Descriptors.Limits.TooManyTriples.At(start, _options.MaxNodes));
                }
            }

            return null;
        }
        catch (RdfSyntaxException syntax)
        {
            var at = new SourceSpan(path, 0, 0, syntax.Line, syntax.Column, syntax.Line, syntax.Column);
            return Failed(Descriptors.InvalidRdf.At(at, format == RdfFormat.Turtle ? "Turtle" : "N-Triples", syntax.Reason));
        }
        catch (ReadLimitException limit)
        {
            return Failed(Descriptors.Limits.DataFileCutShort.At(start, Describe(limit.Problem)));
        }
        catch (IOException error)
        {
            return Failed(Descriptors.Limits.ReadFailed.At(start, error.Message));
        }
    }

    /// <summary>What an RDF load may ask of the builder: the entities, facts, documents and omitted passages it holds.</summary>
    private KnownGraph KnownGraph(RdfNames names)
    {
        Dictionary<(string, string, string), List<Fact>>? facts = null;
        Dictionary<(string, string), List<Omission>>? omissions = null;
        var describer = new GraphTriples(_schema.Table, names);
        return new KnownGraph(
            Builder.Find,
            (subject, relation, @object) => (facts ??= KnownFacts()).TryGetValue((subject, relation, @object), out var known) ? known : Array.Empty<Fact>(),
            (document, quote) => (omissions ??= KnownOmissions()).TryGetValue((document, quote), out var omitted) ? omitted : null,
            describer.Describe,
            id => Builder.FindDocument(id) is { } document ? describer.Describe(document) : null);
    }

    /// <summary>The omitted passages in the builder by document and quote (a passage may be omitted twice, for two reasons).</summary>
    private Dictionary<(string, string), List<Omission>> KnownOmissions()
    {
        var known = new Dictionary<(string, string), List<Omission>>();
        foreach (var omission in Builder.AddedOmissions)
        {
            var key = (omission.Passage.Document.Id, omission.Passage.Quote);
            if (!known.TryGetValue(key, out var list))
            {
                known.Add(key, list = new List<Omission>());
            }

            list.Add(omission);
        }

        return known;
    }

    /// <summary>The facts in the builder by their ends' ids and relation: an export of a whole graph states them again.</summary>
    private Dictionary<(string, string, string), List<Fact>> KnownFacts()
    {
        var known = new Dictionary<(string, string, string), List<Fact>>();
        foreach (var fact in Builder.AddedFacts)
        {
            var key = (fact.SubjectEntity.Id, fact.Relation.Name, fact.ObjectEntity.Id);
            if (!known.TryGetValue(key, out var list))
            {
                known.Add(key, list = new List<Fact>(1));
            }

            list.Add(fact);
        }

        return known;
    }

    private static RdfFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".nt" => RdfFormat.NTriples,
        ".ttl" or ".turtle" => RdfFormat.Turtle,
        _ => null,
    };

    private static LoadResult Failed(KgDiagnostic diagnostic) => new(new[] { diagnostic }, 0, 0);

    /// <summary>A count as a reader reads it in a message, with group separators.</summary>
    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
