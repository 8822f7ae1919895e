using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The Turtle grammar over the lexer's tokens, one token a step, making triples as soon as their terms are known.
/// Nesting (<c>[ ... ]</c> and <c>( ... )</c>) lives on a stack of frames rather than the call stack, so that deep
/// nesting gives a syntax error past <see cref="MaxNesting"/> instead of overflowing the stack.
/// </summary>
internal sealed class TurtleParser
{
    /// <summary>The longest IRI a prefixed name or a relative IRI may expand to.</summary>
    public const int MaxIriLength = 65_536;

    public const int MaxNesting = 10_000;

    private static readonly RdfTerm RdfType = RdfTerm.Iri(RdfVocabulary.RdfType);
    private static readonly RdfTerm RdfFirst = RdfTerm.Iri(RdfVocabulary.RdfFirst);
    private static readonly RdfTerm RdfRest = RdfTerm.Iri(RdfVocabulary.RdfRest);
    private static readonly RdfTerm RdfNil = RdfTerm.Iri(RdfVocabulary.RdfNil);

    private readonly TurtleLexer _lexer;
    private readonly BlankNodeNames _blankNodes = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private TurtleFrame[] _frames = new TurtleFrame[16];
    private int _depth = 1; // _frames[0] is the statement; those above it are the open [ ] and ( )
    private Expect _expect = Expect.Statement;
    private TurtleToken? _peeked;
    private string? _base;

    public TurtleParser(TurtleLexer lexer, string? baseIri)
    {
        _lexer = lexer;
        _base = baseIri;
        Prefixes = new ReadOnlyDictionary<string, string>(_prefixes);
    }

    private enum Expect : byte
    {
        Statement,
        Verb,
        Object,
        CollectionItem,
        AfterObject,
        AfterSemicolon,
        AfterSubjectPropertyList,
    }

    /// <summary>The prefixes declared so far, by their names without the ':'.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; }

    /// <summary>The triples the last <see cref="Advance"/> made.</summary>
    public List<RdfTriple> Ready { get; } = new();

    private ref TurtleFrame Top => ref _frames[_depth - 1];

    /// <summary>Reads on until some triples are ready; false at the end of the text.</summary>
    public bool Advance()
    {
        Ready.Clear();
        while (Ready.Count == 0)
        {
            if (!Step())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Takes one token and acts on it; false at the end of the text.</summary>
    private bool Step()
    {
        var token = Take();
        switch (_expect)
        {
            case Expect.Statement:
                return StartStatement(token);
            case Expect.Verb:
                if (token.Kind == TurtleTokenKind.CloseBracket && Top.Kind == TurtleFrameKind.PropertyList && Top.IsEmpty)
                {
                    ClosePropertyList(); // [] : a blank node with nothing said of it
                }
                else
                {
                    ReadVerb(token, "a predicate (an IRI or 'a')");
                }

                break;
            case Expect.Object:
                ReadObject(token);
                break;
            case Expect.CollectionItem:
                if (token.Kind == TurtleTokenKind.CloseParenthesis)
                {
                    CloseCollection(token);
                }
                else
                {
                    ReadObject(token);
                }

                break;
            case Expect.AfterObject:
                AfterObject(token);
                break;
            case Expect.AfterSemicolon:
                AfterSemicolon(token);
                break;
            default:
                if (token.Kind == TurtleTokenKind.Dot)
                {
                    EndStatement();
                }
                else
                {
                    ReadVerb(token, "a predicate or '.' after the [ ... ] subject");
                }

                break;
        }

        return true;
    }

    private bool StartStatement(TurtleToken token)
    {
        switch (token.Kind)
        {
            case TurtleTokenKind.EndOfText:
                return false;
            case TurtleTokenKind.AtWord when token.Text == "prefix":
                ReadPrefix(sparqlForm: false);
                break;
            case TurtleTokenKind.AtWord when token.Text == "base":
                ReadBase(sparqlForm: false);
                break;
            case TurtleTokenKind.AtWord:
                throw Error($"@{token.Text} is not a directive: Turtle has @prefix and @base (in lower case), and PREFIX and BASE", token.At);
            case TurtleTokenKind.Keyword when token.Text == "PREFIX":
                ReadPrefix(sparqlForm: true);
                break;
            case TurtleTokenKind.Keyword when token.Text == "BASE":
                ReadBase(sparqlForm: true);
                break;
            case TurtleTokenKind.OpenBracket:
                Push(TurtleFrameKind.PropertyList, isSubject: true, token.At);
                _expect = Expect.Verb;
                break;
            case TurtleTokenKind.OpenParenthesis:
                Push(TurtleFrameKind.Collection, isSubject: true, token.At);
                _expect = Expect.CollectionItem;
                break;
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName:
                SetSubject(Iri(token), token.At);
                break;
            case TurtleTokenKind.BlankNodeLabel:
                SetSubject(RdfTerm.Blank(_blankNodes.FromLabel(token.Text)), token.At);
                break;
            case TurtleTokenKind.String or TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double:
            case TurtleTokenKind.Keyword when token.Text is "true" or "false":
                throw Error($"a literal cannot be a subject; found {token.Describe()}", token.At);
            default:
                throw Error(
                    $"expected a subject (an IRI, a prefixed name, a blank node, [ or ( ) or a directive; found {token.Describe()}", token.At);
        }

        return true;
    }

    private void SetSubject(RdfTerm subject, RdfPosition at)
    {
        ref var statement = ref Top;
        statement.Subject = subject;
        statement.SubjectAt = at;
        _expect = Expect.Verb;
    }

    private void ReadVerb(TurtleToken token, string expected)
    {
        RdfTerm predicate;
        if (token.IsKeyword("a"))
        {
            predicate = RdfType;
        }
        else if (token.Kind is TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName)
        {
            predicate = Iri(token);
        }
        else
        {
            var why = token.Kind switch
            {
                TurtleTokenKind.BlankNodeLabel or TurtleTokenKind.OpenBracket => "a blank node cannot be a predicate",
                TurtleTokenKind.String or TurtleTokenKind.Integer or TurtleTokenKind.Decimal or TurtleTokenKind.Double =>
                    "a literal cannot be a predicate",
                TurtleTokenKind.OpenParenthesis => "a collection cannot be a predicate",
                _ => $"expected {expected}",
            };
            throw Error($"{why}; found {token.Describe()}", token.At);
        }

        ref var frame = ref Top;
        frame.Predicate = predicate;
        frame.PredicateAt = token.At;
        frame.IsEmpty = false;
        _expect = Expect.Object;
    }

    private void ReadObject(TurtleToken token)
    {
        switch (token.Kind)
        {
            case TurtleTokenKind.OpenBracket:
                Push(TurtleFrameKind.PropertyList, isSubject: false, token.At);
                _expect = Expect.Verb;
                return;
            case TurtleTokenKind.OpenParenthesis:
                Push(TurtleFrameKind.Collection, isSubject: false, token.At);
                _expect = Expect.CollectionItem;
                return;
            case TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName:
                Deliver(Iri(token), token.At);
                return;
            case TurtleTokenKind.BlankNodeLabel:
                Deliver(RdfTerm.Blank(_blankNodes.FromLabel(token.Text)), token.At);
                return;
            case TurtleTokenKind.String:
                Deliver(ReadLiteral(token), token.At);
                return;
            case TurtleTokenKind.Integer:
                Deliver(RdfTerm.Literal(token.Text, RdfVocabulary.XsdInteger), token.At);
                return;
            case TurtleTokenKind.Decimal:
                Deliver(RdfTerm.Literal(token.Text, RdfVocabulary.XsdDecimal), token.At);
                return;
            case TurtleTokenKind.Double:
                Deliver(RdfTerm.Literal(token.Text, RdfVocabulary.XsdDouble), token.At);
                return;
            case TurtleTokenKind.Keyword when token.Text is "true" or "false":
                Deliver(RdfTerm.Literal(token.Text, RdfVocabulary.XsdBoolean), token.At);
                return;
            case TurtleTokenKind.Keyword when token.Text == "a":
                throw Error("'a' stands for rdf:type only as a predicate; write rdf:type to use it as an object", token.At);
            default:
                throw Error(
                    Top.Kind == TurtleFrameKind.Collection
                        ? $"expected an item (an IRI, a blank node, a literal, [ or ( ) or ')' to close the '(' at {Top.OpenAt}; found {token.Describe()}"
                        : $"expected an object (an IRI, a blank node, a literal, [ or ( ); found {token.Describe()}",
                    token.At);
        }
    }

    /// <summary>The literal a string starts: a language tag or a datatype may follow it.</summary>
    private RdfTerm ReadLiteral(TurtleToken lexical)
    {
        var next = Peek();
        if (next.Kind == TurtleTokenKind.AtWord)
        {
            Take();
            return RdfTerm.LanguageLiteral(lexical.Text, next.Text);
        }

        if (next.Kind != TurtleTokenKind.DoubleCaret)
        {
            return RdfTerm.Literal(lexical.Text);
        }

        Take();
        var datatype = Take();
        if (datatype.Kind is not (TurtleTokenKind.IriRef or TurtleTokenKind.PrefixedName))
        {
            throw Error($"expected the datatype IRI after '^^'; found {datatype.Describe()}", datatype.At);
        }

        return RdfTerm.Literal(lexical.Text, Iri(datatype).Value);
    }

    /// <summary>Hands a finished object to the frame it belongs to: a triple of the statement or [ ], or an item of ( ).</summary>
    private void Deliver(RdfTerm @object, RdfPosition at)
    {
        ref var frame = ref Top;
        if (frame.Kind == TurtleFrameKind.Collection)
        {
            AddItem(ref frame, @object, at);
            _expect = Expect.CollectionItem;
            return;
        }

        Emit(frame.Subject, frame.Predicate, @object, frame.SubjectAt, at, frame.PredicateAt);
        _expect = Expect.AfterObject;
    }

    /// <summary>
    /// Links a list node for the item: the first node is the collection itself (placed at its '('), the later ones
    /// are placed at their items.
    /// </summary>
    private void AddItem(ref TurtleFrame collection, RdfTerm item, RdfPosition at)
    {
        var node = RdfTerm.Blank(_blankNodes.Make());
        var nodeAt = collection.HasItems ? at : collection.OpenAt;
        if (collection.HasItems)
        {
            Emit(collection.Last, RdfRest, node, collection.LastAt, nodeAt);
        }
        else
        {
            collection.Head = node;
            collection.HasItems = true;
        }

        Emit(node, RdfFirst, item, nodeAt, at);
        collection.Last = node;
        collection.LastAt = nodeAt;
    }

    private void AfterObject(TurtleToken token)
    {
        switch (token.Kind)
        {
            case TurtleTokenKind.Comma:
                _expect = Expect.Object;
                return;
            case TurtleTokenKind.Semicolon:
                _expect = Expect.AfterSemicolon;
                return;
            case TurtleTokenKind.Dot when Top.Kind == TurtleFrameKind.Statement:
                EndStatement();
                return;
            case TurtleTokenKind.CloseBracket when Top.Kind == TurtleFrameKind.PropertyList:
                ClosePropertyList();
                return;
            default:
                throw Error(
                    Top.Kind == TurtleFrameKind.Statement
                        ? $"expected '.' after the object (or ';' or ',' to go on); found {token.Describe()}"
                        : $"expected ']' to close the '[' at {Top.OpenAt} (or ';' or ',' to go on); found {token.Describe()}",
                    token.At);
        }
    }

    private void AfterSemicolon(TurtleToken token)
    {
        switch (token.Kind)
        {
            case TurtleTokenKind.Semicolon:
                return;
            case TurtleTokenKind.Dot when Top.Kind == TurtleFrameKind.Statement:
                EndStatement();
                return;
            case TurtleTokenKind.CloseBracket when Top.Kind == TurtleFrameKind.PropertyList:
                ClosePropertyList();
                return;
            default:
                ReadVerb(token, Top.Kind == TurtleFrameKind.Statement ? "a predicate or '.' after ';'" : "a predicate or ']' after ';'");
                return;
        }
    }

    private void EndStatement()
    {
        Top = default;
        _expect = Expect.Statement;
    }

    private void Push(TurtleFrameKind kind, bool isSubject, RdfPosition at)
    {
        if (_depth > MaxNesting)
        {
            throw Error($"[ ] and ( ) nest more than {MaxNesting} deep here; the reader stops there", at);
        }

        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        var frame = new TurtleFrame { Kind = kind, IsSubject = isSubject, OpenAt = at, IsEmpty = true };
        if (kind == TurtleFrameKind.PropertyList)
        {
            frame.Subject = RdfTerm.Blank(_blankNodes.Make());
            frame.SubjectAt = at;
        }

        _frames[_depth++] = frame;
    }

    private TurtleFrame Pop()
    {
        var frame = _frames[--_depth];
        _frames[_depth] = default;
        return frame;
    }

    private void ClosePropertyList()
    {
        var frame = Pop();
        if (frame.IsSubject)
        {
            SetSubject(frame.Subject, frame.SubjectAt);
            // "[] :p :o" needs its predicates; "[ :p :o ] ." may stop at once.
            _expect = frame.IsEmpty ? Expect.Verb : Expect.AfterSubjectPropertyList;
        }
        else
        {
            Deliver(frame.Subject, frame.SubjectAt);
        }
    }

    private void CloseCollection(TurtleToken close)
    {
        var frame = Pop();
        var list = RdfNil;
        if (frame.HasItems)
        {
            Emit(frame.Last, RdfRest, RdfNil, frame.LastAt, close.At);
            list = frame.Head;
        }

        if (frame.IsSubject)
        {
            SetSubject(list, frame.OpenAt);
        }
        else
        {
            Deliver(list, frame.OpenAt);
        }
    }

    private void ReadPrefix(bool sparqlForm)
    {
        var name = Take();
        if (name.Kind != TurtleTokenKind.PrefixedName || name.Local.Length != 0)
        {
            throw Error($"expected the prefix being declared, a name ending in ':' such as ex: ; found {name.Describe()}", name.At);
        }

        var iri = Take();
        if (iri.Kind != TurtleTokenKind.IriRef)
        {
            throw Error($"expected the IRI of the prefix {name.Text}:, in <>; found {iri.Describe()}", iri.At);
        }

        _prefixes[name.Text] = Resolve(iri);
        EndDirective(sparqlForm, "@prefix");
    }

    private void ReadBase(bool sparqlForm)
    {
        var iri = Take();
        if (iri.Kind != TurtleTokenKind.IriRef)
        {
            throw Error($"expected the base IRI, in <>; found {iri.Describe()}", iri.At);
        }

        _base = Resolve(iri);
        EndDirective(sparqlForm, "@base");
    }

    /// <summary>@prefix and @base end with '.'; PREFIX and BASE (SPARQL's form) end without.</summary>
    private void EndDirective(bool sparqlForm, string directive)
    {
        if (sparqlForm)
        {
            return;
        }

        var dot = Take();
        if (dot.Kind != TurtleTokenKind.Dot)
        {
            throw Error($"expected '.' after the {directive} directive; found {dot.Describe()}", dot.At);
        }
    }

    private RdfTerm Iri(TurtleToken token)
    {
        if (token.Kind == TurtleTokenKind.IriRef)
        {
            return RdfTerm.Iri(Resolve(token));
        }

        if (!_prefixes.TryGetValue(token.Text, out var ns))
        {
            throw Error($"undefined prefix '{token.Text}:'; declare it first with @prefix {token.Text}: <...> .", token.At);
        }

        return RdfTerm.Iri(token.Local.Length == 0 ? ns : Counted(string.Concat(ns, token.Local), token.At));
    }

    /// <summary>
    /// The characters that prefixes and the base added to the text so far: a short prefixed name may stand for a long
    /// IRI, so a reader of untrusted text bounds this as it bounds the text (the loader does).
    /// </summary>
    public long ExpandedCharacters { get; private set; }

    /// <summary>An IRI made by expansion, counted, and refused past <see cref="MaxIriLength"/>.</summary>
    private string Counted(string iri, RdfPosition at)
    {
        if (iri.Length > MaxIriLength)
        {
            throw Error($"the IRI is {iri.Length:N0} characters long once its prefix or base is added; the limit is {MaxIriLength:N0}", at);
        }

        ExpandedCharacters += iri.Length;
        return iri;
    }

    /// <summary>The IRI of an IRIREF token: as written when absolute, else resolved against the base IRI.</summary>
    private string Resolve(TurtleToken token)
    {
        var iri = token.Text;
        if (IriResolver.IsAbsolute(iri))
        {
            return iri;
        }

        if (_base is null)
        {
            throw Error(
                $"<{RdfCharacters.Shorten(iri)}> is a relative IRI and there is no base IRI to resolve it against; give the reader one or write @base <...> .",
                token.At);
        }

        return Counted(IriResolver.Resolve(_base, iri), token.At);
    }

    // A list's rdf:first and rdf:rest, which no one writes, have their predicate placed at their node.
    private void Emit(RdfTerm subject, RdfTerm predicate, RdfTerm @object, RdfPosition subjectAt, RdfPosition objectAt, RdfPosition? predicateAt = null) =>
        Ready.Add(new RdfTriple(subject, predicate, @object, subjectAt, objectAt, predicateAt ?? subjectAt));

    private TurtleToken Take()
    {
        if (_peeked is { } token)
        {
            _peeked = null;
            return token;
        }

        return _lexer.Next();
    }

    private TurtleToken Peek() => _peeked ??= _lexer.Next();

    private static RdfSyntaxException Error(string message, RdfPosition at) => TextCursor.Error(message, at);
}
