using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sdk.Tests.Rdf.Conformance;

/// <summary>
/// Whether two RDF graphs are isomorphic (RDF 1.1 Concepts 3.6): equal once the blank nodes of one are mapped one to
/// one onto those of the other. Blank nodes are first coloured by what surrounds them, refined until the colours settle;
/// a backtracking search then only tries to map a node onto nodes of its colour. Meant for the small graphs of tests.
/// </summary>
public static class GraphIsomorphism
{
    /// <summary>Null when the graphs are isomorphic, else what differs.</summary>
    public static string? Difference(IEnumerable<RdfTriple> expected, IEnumerable<RdfTriple> actual)
    {
        var left = expected.ToHashSet();
        var right = actual.ToHashSet();
        var groundLeft = left.Where(IsGround).ToHashSet();
        var groundRight = right.Where(IsGround).ToHashSet();
        var missing = groundLeft.Except(groundRight).ToList();
        var extra = groundRight.Except(groundLeft).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return Describe("triples without blank nodes differ", missing, extra);
        }

        var blankLeft = left.Where(t => !IsGround(t)).ToList();
        var blankRight = right.Where(t => !IsGround(t)).ToHashSet();
        if (blankLeft.Count != blankRight.Count)
        {
            return Describe($"{blankLeft.Count} triples with blank nodes expected, {blankRight.Count} read", blankLeft, blankRight);
        }

        var nodesLeft = BlankNodes(blankLeft);
        var nodesRight = BlankNodes(blankRight);
        if (nodesLeft.Count != nodesRight.Count)
        {
            return Describe($"{nodesLeft.Count} blank nodes expected, {nodesRight.Count} read", blankLeft, blankRight);
        }

        var (colourLeft, colourRight) = Colour(blankLeft, nodesLeft, blankRight, nodesRight);
        if (!colourLeft.Values.OrderBy(c => c).SequenceEqual(colourRight.Values.OrderBy(c => c)))
        {
            return Describe("the blank nodes are linked differently", blankLeft, blankRight);
        }

        var search = new MappingSearch(blankLeft, blankRight, colourLeft, colourRight);
        return search.Find() ? null : Describe("no one-to-one mapping of the blank nodes makes the graphs equal", blankLeft, blankRight);
    }

    private static bool IsGround(RdfTriple triple) => !triple.Subject.IsBlankNode && !triple.Object.IsBlankNode;

    private static HashSet<string> BlankNodes(IEnumerable<RdfTriple> triples)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var triple in triples)
        {
            if (triple.Subject.IsBlankNode)
            {
                nodes.Add(triple.Subject.Value);
            }

            if (triple.Object.IsBlankNode)
            {
                nodes.Add(triple.Object.Value);
            }
        }

        return nodes;
    }

    /// <summary>
    /// Colours the blank nodes of both graphs with one hash: each round a node's colour becomes a hash of its colour
    /// and of every triple it is in (its place in it, the predicate, the other term or that term's colour).
    /// </summary>
    private static (Dictionary<string, int> Left, Dictionary<string, int> Right) Colour(
        List<RdfTriple> tripleLeft, HashSet<string> nodesLeft, IReadOnlyCollection<RdfTriple> tripleRight, HashSet<string> nodesRight)
    {
        var left = nodesLeft.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var right = nodesRight.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var classes = 1;
        for (var round = 0; round <= nodesLeft.Count; round++)
        {
            left = Refine(tripleLeft, left);
            right = Refine(tripleRight, right);
            var now = left.Values.Concat(right.Values).Distinct().Count();
            if (now == classes)
            {
                break;
            }

            classes = now;
        }

        return (left, right);
    }

    private static Dictionary<string, int> Refine(IEnumerable<RdfTriple> triples, Dictionary<string, int> colours)
    {
        var signatures = colours.Keys.ToDictionary(n => n, _ => new List<int>(), StringComparer.Ordinal);
        foreach (var triple in triples)
        {
            if (triple.Subject.IsBlankNode)
            {
                signatures[triple.Subject.Value].Add(HashCode.Combine(1, triple.Predicate, Key(triple.Object, triple.Subject, colours)));
            }

            if (triple.Object.IsBlankNode)
            {
                signatures[triple.Object.Value].Add(HashCode.Combine(2, triple.Predicate, Key(triple.Subject, triple.Object, colours)));
            }
        }

        return signatures.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Order().Aggregate(colours[pair.Key], HashCode.Combine),
            StringComparer.Ordinal);
    }

    /// <summary>The other term of a triple as a hash: a blank node by its colour (or as the node itself), anything else by its value.</summary>
    private static int Key(RdfTerm other, RdfTerm self, Dictionary<string, int> colours) =>
        !other.IsBlankNode ? other.GetHashCode() : other == self ? 17 : HashCode.Combine(3, colours[other.Value]);

    private static string Describe(string why, IEnumerable<RdfTriple> expected, IEnumerable<RdfTriple> actual) =>
        $"{why}.\nExpected only:\n{Lines(expected)}\nRead only:\n{Lines(actual)}";

    private static string Lines(IEnumerable<RdfTriple> triples) =>
        string.Join("\n", triples.Select(t => "  " + t).Order(StringComparer.Ordinal));

    /// <summary>Maps the blank nodes one by one onto nodes of their colour, undoing a choice that breaks a triple.</summary>
    private sealed class MappingSearch
    {
        private readonly List<RdfTriple> _left;
        private readonly HashSet<RdfTriple> _right;
        private readonly List<string> _order;
        private readonly Dictionary<string, List<string>> _candidates;
        private readonly Dictionary<string, List<RdfTriple>> _triplesOf;
        private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public MappingSearch(List<RdfTriple> left, HashSet<RdfTriple> right, Dictionary<string, int> colourLeft, Dictionary<string, int> colourRight)
        {
            _left = left;
            _right = right;
            var byColour = colourRight.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
            _candidates = colourLeft.ToDictionary(p => p.Key, p => byColour[p.Value], StringComparer.Ordinal);
            _order = colourLeft.Keys.OrderBy(n => _candidates[n].Count).ThenBy(n => n, StringComparer.Ordinal).ToList();
            _triplesOf = colourLeft.Keys.ToDictionary(
                n => n, n => left.Where(t => t.Subject.Value == n && t.Subject.IsBlankNode || t.Object.Value == n && t.Object.IsBlankNode).ToList(),
                StringComparer.Ordinal);
        }

        public bool Find() => Extend(0);

        private bool Extend(int index)
        {
            if (index == _order.Count)
            {
                return _left.All(t => _right.Contains(Mapped(t)));
            }

            var node = _order[index];
            foreach (var candidate in _candidates[node])
            {
                if (_used.Contains(candidate))
                {
                    continue;
                }

                _map[node] = candidate;
                _used.Add(candidate);
                if (Consistent(node) && Extend(index + 1))
                {
                    return true;
                }

                _map.Remove(node);
                _used.Remove(candidate);
            }

            return false;
        }

        /// <summary>Whether every triple of the node whose blank nodes are all mapped is in the other graph.</summary>
        private bool Consistent(string node) =>
            _triplesOf[node].All(t => !IsMapped(t.Subject) || !IsMapped(t.Object) || _right.Contains(Mapped(t)));

        private bool IsMapped(RdfTerm term) => !term.IsBlankNode || _map.ContainsKey(term.Value);

        private RdfTriple Mapped(RdfTriple t) => new(Map(t.Subject), t.Predicate, Map(t.Object));

        private RdfTerm Map(RdfTerm term) => term.IsBlankNode ? RdfTerm.Blank(_map[term.Value]) : term;
    }
}
