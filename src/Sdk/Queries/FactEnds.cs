using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph;

/// <summary>The typed ends of a sequence of facts: <c>g.Out&lt;WithdrewFrom&gt;(forces).Objects()</c> are places.</summary>
public static class FactEnds
{
    /// <summary>The distinct objects of the facts, typed as the relation declares them.</summary>
    public static IEnumerable<TObject> Objects<TSubject, TObject>(this IEnumerable<Fact<TSubject, TObject>> facts)
        where TSubject : class, IEntity
        where TObject : class, IEntity => facts.Select(f => f.Object).Distinct();

    /// <summary>The distinct subjects of the facts, typed as the relation declares them.</summary>
    public static IEnumerable<TSubject> Subjects<TSubject, TObject>(this IEnumerable<Fact<TSubject, TObject>> facts)
        where TSubject : class, IEntity
        where TObject : class, IEntity => facts.Select(f => f.Subject).Distinct();
}
