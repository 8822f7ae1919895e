using System;
using System.Collections.Generic;
using System.Globalization;
using Bench;
using KnowledgeGraph.Benchmarks.Graphs;
using QuikGraph;

namespace KnowledgeGraph.Benchmarks.Queries;

/// <summary>
/// One graph built twice, with generated types and as a bare QuikGraph graph: a hub item with 10,000 facts over 20
/// relations (500 each) to 10,000 leaves; a part-of chain of 10,000 sites; a country of 20 regions of 50 sites each;
/// and 10,000 incidents at random sites on random days of 2020-2024, each by a random leaf. The chain's last site is
/// part of the country, so everything is connected.
/// </summary>
public sealed class QueryFixture
{
    public const int HubFacts = 10_000;
    public const int ChainLength = 10_000;
    public const int Regions = 20;
    public const int SitesPerRegion = 50;
    public const int Incidents = 10_000;

    public static readonly DateOnly From = new(2022, 3, 1);
    public static readonly DateOnly To = new(2022, 3, 31);

    private readonly (Item Typed, BareNode Bare)[] _leaves = new (Item, BareNode)[HubFacts];

    private QueryFixture()
    {
    }

    public Graph Typed { get; private set; } = null!;

    public BidirectionalGraph<BareNode, TaggedEdge<BareNode, string>> Bare { get; } = BareGraph.Create();

    /// <summary>The typed and the bare vertex of the hub, the chain's first site, the queried region and the country.</summary>
    public (Item Typed, BareNode Bare) Hub { get; private set; }

    public (Site Typed, BareNode Bare) ChainStart { get; private set; }

    public (Region Typed, BareNode Bare) Region { get; private set; }

    public (Region Typed, BareNode Bare) Country { get; private set; }

    public static QueryFixture Create()
    {
        var fixture = new QueryFixture();
        var builder = new GraphBuilder();
        var random = new Random(10);
        fixture.Hub = fixture.AddHub(builder);
        fixture.Country = (new Region { Id = "country", Name = "Country" }, fixture.Node("country", "Region"));
        fixture.ChainStart = fixture.AddChain(builder);
        var sites = fixture.AddRegions(builder);
        fixture.AddIncidents(builder, sites, random);
        fixture.Typed = builder.Build();
        return fixture;
    }

    private (Item, BareNode) AddHub(GraphBuilder builder)
    {
        var hub = (new Item { Id = "hub", Name = "Hub" }, Node("hub", "Item"));
        for (var i = 0; i < HubFacts; i++)
        {
            var id = Id("leaf", i);
            _leaves[i] = (new Item { Id = id, Name = id }, Node(id, "Item"));
            var relation = i % FactTable.Relations;
            builder.Add(TypedGraph.Links[relation](hub.Item1, _leaves[i].Typed));
            Edge(hub.Item2, _leaves[i].Bare, BareGraph.Labels[relation]);
        }

        return hub;
    }

    private (Site, BareNode) AddChain(GraphBuilder builder)
    {
        var typed = new Site[ChainLength];
        var bare = new BareNode[ChainLength];
        for (var i = 0; i < ChainLength; i++)
        {
            var id = Id("chain", i);
            typed[i] = new Site { Id = id, Name = id };
            bare[i] = Node(id, "Site");
        }

        for (var i = 0; i < ChainLength; i++)
        {
            var (typedNext, bareNext) = i + 1 < ChainLength ? ((IPlace)typed[i + 1], bare[i + 1]) : (Country.Typed, Country.Bare);
            builder.Add(new PartOf(typed[i], typedNext));
            Edge(bare[i], bareNext, "partOf");
        }

        return (typed[0], bare[0]);
    }

    private List<(Site, BareNode)> AddRegions(GraphBuilder builder)
    {
        var sites = new List<(Site, BareNode)>();
        for (var r = 0; r < Regions; r++)
        {
            var regionId = Id("region", r);
            var region = (Typed: new Region { Id = regionId, Name = regionId }, Bare: Node(regionId, "Region"));
            builder.Add(new PartOf(region.Typed, Country.Typed));
            Edge(region.Bare, Country.Bare, "partOf");
            if (r == 3)
            {
                Region = region;
            }

            for (var s = 0; s < SitesPerRegion; s++)
            {
                var siteId = Id(regionId + "site", s);
                var site = (new Site { Id = siteId, Name = siteId }, Node(siteId, "Site"));
                builder.Add(new PartOf(site.Item1, region.Typed));
                Edge(site.Item2, region.Bare, "partOf");
                sites.Add(site);
            }
        }

        return sites;
    }

    private void AddIncidents(GraphBuilder builder, List<(Site Typed, BareNode Bare)> sites, Random random)
    {
        var first = new DateOnly(2020, 1, 1);
        for (var i = 0; i < Incidents; i++)
        {
            var id = Id("incident", i);
            var day = first.AddDays(random.Next(5 * 365));
            var site = sites[random.Next(sites.Count)];
            var leaf = _leaves[random.Next(HubFacts)];
            builder.Add(new Incident { Id = id, Name = id, At = site.Typed, By = leaf.Typed, Time = TimeExtent.On(new PartialDate(day.Year, day.Month, day.Day)) });
            var incident = Node(id, "Incident", day);
            Edge(incident, site.Bare, "at");
            Edge(incident, leaf.Bare, "by");
        }
    }

    private BareNode Node(string id, string type, DateOnly? date = null)
    {
        var node = new BareNode(id, type, date);
        Bare.AddVertex(node);
        return node;
    }

    private void Edge(BareNode source, BareNode target, string label) => Bare.AddEdge(new TaggedEdge<BareNode, string>(source, target, label));

    private static string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
