using System.Collections.Generic;

namespace KnowledgeGraph;

/// <summary>Anything in the graph: an actor, a place or an event. Generated interfaces for mixins extend these.</summary>
public interface IEntity
{
    string Id { get; }

    string Name { get; }

    IReadOnlyList<string> Aliases { get; }
}

public interface IActor : IEntity
{
}

public interface IPlace : IEntity
{
}

/// <summary>Anything with a time: facts and events.</summary>
public interface ITimed
{
    TimeExtent? Time { get; }
}

public interface IEvent : IEntity, ITimed
{
}
