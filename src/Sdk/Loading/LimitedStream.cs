using System;
using System.IO;

namespace KnowledgeGraph;

/// <summary>
/// A read-only stream over a file that counts the bytes as they stream in and throws <see cref="ReadLimitException"/>
/// at the first byte past the limit, so that a reader that streams (RDF) is bounded as one that reads all at once.
/// </summary>
internal sealed class LimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly Action<long> _counted;
    private readonly ReadProblem _problem;
    private readonly bool _leaveOpen;

    public LimitedStream(Stream inner, long limit, ReadProblem problem, Action<long> counted, bool leaveOpen = false)
    {
        _inner = inner;
        _limit = limit;
        _problem = problem;
        _counted = counted;
        _leaveOpen = leaveOpen;
    }

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, (int)Math.Min(count, _limit + 1 - BytesRead));
        BytesRead += read;
        _counted(read);
        if (BytesRead > _limit)
        {
            throw new ReadLimitException(_problem);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A streamed file went past its size limit or the load's budget.</summary>
internal sealed class ReadLimitException : IOException
{
    public ReadLimitException(ReadProblem problem)
        : base(problem.ToString())
    {
        Problem = problem;
    }

    public ReadProblem Problem { get; }
}
