using System.IO;
using System.Text;
using Bench;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Benchmarks.Rdf;

/// <summary>
/// RDF in and out against our own N-Triples reader's bare parse of the same file (the floor of an import): importing
/// it into a graph (parse, map to a data file, bind, build) and exporting the graph. Oxigraph's load of the same file is
/// measured beside these by <c>-- --rdf-vs-oxigraph</c> (see docs/benchmarks.md).
/// </summary>
public class RdfBenchmarks : IHasInputBytes
{
    private Graph _graph = null!;
    private string _path = string.Empty;

    [Params(100_000)]
    public int Facts { get; set; } = 100_000;

    public long InputBytes => new FileInfo(_path).Length;

    [GlobalSetup]
    public void Setup()
    {
        _graph = RdfFiles.Graph(Facts);
        _path = RdfFiles.WriteNTriples(_graph, Facts);
    }

    [Benchmark(Baseline = true)]
    public int ParseNTriples()
    {
        using var text = new StreamReader(_path, Encoding.UTF8);
        var count = 0;
        foreach (var _ in new NTriplesReader(text).ReadTriples())
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public Graph ImportNTriples() => RdfFiles.Import(_path);

    [Benchmark]
    public long ExportNTriples()
    {
        using var stream = new CountingStream();
        RdfExport.WriteGraph(_graph, BenchGraph.Schema, stream, RdfFormat.NTriples);
        return stream.Length;
    }

    /// <summary>Counts what is written and keeps none of it: the export's own cost, without a disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new System.NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
