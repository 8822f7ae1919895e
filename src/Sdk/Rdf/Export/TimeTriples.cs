using System.Collections.Generic;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// When an event happened or a fact held, in the Simple Event Model's terms: <c>sem:hasTimeStamp</c> for a single date,
/// else <c>sem:hasBeginTimeStamp</c>/<c>sem:hasEndTimeStamp</c>, each at its precision; and, to filter on, the earliest
/// start and the latest end as <c>xsd:date</c> (<c>sem:hasEarliestBeginTimeStamp</c>, <c>sem:hasLatestEndTimeStamp</c>).
/// </summary>
internal static class TimeTriples
{
    public static readonly RdfTerm TimeStamp = RdfTerm.Iri(RdfVocabulary.Sem + "hasTimeStamp");
    public static readonly RdfTerm Begin = RdfTerm.Iri(RdfVocabulary.Sem + "hasBeginTimeStamp");
    public static readonly RdfTerm End = RdfTerm.Iri(RdfVocabulary.Sem + "hasEndTimeStamp");
    public static readonly RdfTerm EarliestBegin = RdfTerm.Iri(RdfVocabulary.Sem + "hasEarliestBeginTimeStamp");
    public static readonly RdfTerm LatestEnd = RdfTerm.Iri(RdfVocabulary.Sem + "hasLatestEndTimeStamp");

    public static IEnumerable<RdfTriple> Of(RdfTerm subject, TimeExtent? time)
    {
        if (time is null)
        {
            yield break;
        }

        if (time.Start is { } single && time.End == single)
        {
            yield return new RdfTriple(subject, TimeStamp, RdfLiterals.Of(single));
        }
        else
        {
            if (time.Start is { } start)
            {
                yield return new RdfTriple(subject, Begin, RdfLiterals.Of(start));
            }

            if (time.End is { } end)
            {
                yield return new RdfTriple(subject, End, RdfLiterals.Of(end));
            }
        }

        if (time.Start is not null)
        {
            yield return new RdfTriple(subject, EarliestBegin, RdfLiterals.Day(time.Earliest));
        }

        if (time.End is not null)
        {
            yield return new RdfTriple(subject, LatestEnd, RdfLiterals.Day(time.Latest.AddTicks(-1))); // Latest is exclusive
        }
    }
}
