using System;
using System.IO;
using System.Text;

namespace KnowledgeGraph;

/// <summary>
/// A regular file held open to be read from its start more than once (an RDF file is read once to plan and once to
/// load), each reading bounded as the first: the first counts against the load's budget, the others read the same bytes.
/// </summary>
internal sealed class RereadableText : IDisposable
{
    private readonly FileStream _file;
    private readonly long _limit;
    private readonly ReadProblem _problem;
    private readonly Action<long> _counted;
    private bool _readBefore;

    public RereadableText(FileStream file, long limit, ReadProblem problem, Action<long> counted)
    {
        _file = file;
        _limit = limit;
        _problem = problem;
        _counted = counted;
    }

    /// <summary>A reader from the file's start; dispose it before opening the next.</summary>
    public TextReader Open()
    {
        _file.Seek(0, SeekOrigin.Begin);
        Action<long> counted = _readBefore ? _ => { } : _counted;
        _readBefore = true;
        var limited = new LimitedStream(_file, _limit, _problem, counted, leaveOpen: true);
        return new StreamReader(limited, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public void Dispose() => _file.Dispose();
}
