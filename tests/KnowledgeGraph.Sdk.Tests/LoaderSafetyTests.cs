using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Conflict;
using Izyum;
using Xunit;

namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// Run-time data comes from strangers: what a loaded file may read, how much, and what the loader's state is after
/// loads that succeed, fail, repeat, race or are cancelled. Everything here runs on a real file system.
/// </summary>
public sealed class LoaderSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kg-safety-").FullName;
    private readonly string _folder;

    public LoaderSafetyTests()
    {
        _folder = Path.Combine(_root, "data");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "the secret is 42");
        File.WriteAllText(Path.Combine(_folder, "beside.txt"), "Kupiansk was retaken.");
        File.WriteAllText(Path.Combine(_folder, "sub", "below.txt"), "Vovchansk was retaken.");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("../secret.txt", "climbs out of the folder")]
    [InlineData("sub/../../secret.txt", "climbs out of the folder")]
    [InlineData("/etc/passwd", "is absolute")]
    [InlineData("/proc/self/environ", "is absolute")]
    [InlineData("link-out.txt", "leads through a symbolic link")]
    [InlineData("dir-link/secret.txt", "leads through a symbolic link")]
    public void A_document_outside_the_files_folder_is_refused_at_its_path_and_never_read(string path, string reason)
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "link-out.txt"), Path.Combine(_root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "dir-link"), _root);
        var loader = Loader();

        var result = loader.Load(Write("probe.kg.yaml", $"namespace: Extra\ndocuments:\n  d: {{ path: \"{path}\" }}\nentities:\n  x:\n    type: Settlement\n    source: {{ document: d, quote: the secret is 42 }}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0026", diagnostic.Id);
        Assert.Contains(reason, diagnostic.Message);
        Assert.Equal((3, 14), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Null(loader.Builder.Find("x"));
    }

    [Fact]
    public void Text_loaded_under_a_relative_path_is_checked_against_its_real_folder()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "link-out.txt"), Path.Combine(_root, "secret.txt"));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_folder, "text.kg.yaml"));
        Assert.False(Path.IsPathRooted(relative));

        var result = Loader().LoadText(relative, "namespace: Extra\ndocuments:\n  d: { path: link-out.txt }\nentities:\n  x: { type: Settlement, source: { document: d, quote: the secret } }\n");

        Assert.Equal("KG0026", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Documents_beside_the_file_and_below_it_are_read()
    {
        var result = Loader().Load(Write("ok.kg.yaml", """
            namespace: Extra
            documents:
              beside: { path: beside.txt }
              below: { path: sub/below.txt }
            entities:
              kupiansk: { type: Settlement, source: { document: beside, quote: Kupiansk was retaken } }
              vovchansk: { type: Settlement, source: { document: below, quote: Vovchansk was retaken } }
            """));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, result.EntitiesAdded);
    }

    [Fact]
    public void A_trusted_folder_may_be_named_by_the_caller()
    {
        var options = new LoaderOptions { TrustedFolders = new[] { _root } };
        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), options)
            .Load(Write("trusted.kg.yaml", "namespace: Extra\ndocuments:\n  d: { path: ../secret.txt }\nentities:\n  x: { type: Settlement, source: { document: d, quote: the secret } }\n"));

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public void A_document_swapped_for_a_link_out_after_its_path_was_checked_is_not_read()
    {
        var first = Settlements(1000);

        var document = Path.Combine(_folder, "swapped.txt");
        File.WriteAllText(document, "Nothing to see.");
        var paths = new[]
        {
            Write("a.kg.yaml", first),
            Write("b.kg.yaml", "namespace: Extra\ndocuments:\n  d: { path: swapped.txt }\nentities:\n  x: { type: Settlement, source: { document: d, quote: the secret } }\n"),
        };
        var swapped = false;
        var progress = new Synchronous<LoadProgress>(p =>
        {
            if (p is { Stage: LoadStage.Binding, FilesDone: 0 } && !swapped)
            {
                // a.kg.yaml is being bound, after every path was checked and before b.kg.yaml's document is read.
                File.Delete(document);
                File.CreateSymbolicLink(document, Path.Combine(_root, "secret.txt"));
                swapped = true;
            }
        });

        var result = Loader().Load(paths, CancellationToken.None, progress);

        Assert.True(swapped);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0024", paths[1], 3), (diagnostic.Id, diagnostic.Span.Path, diagnostic.Span.StartLine)); // at the document, where its path is written
        Assert.Equal("The file 'swapped.txt' of document 'd' was changed, after its path was checked, into a link that leads out of the folder of the file that names it; it was not read", diagnostic.Message);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_before_it_is_read(string device)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), new LoaderOptions(MaxFileBytes: 1024 * 1024)).Load(device);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0024", device), (diagnostic.Id, diagnostic.Span.Path));
        Assert.Contains("is not a regular file (a pipe, a device or a folder)", diagnostic.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 256 * 1024); // not a megabyte of it read
    }

    [Fact]
    public void A_proc_file_which_says_it_is_empty_is_read_no_further_than_the_limit()
    {
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);

        var result = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), new LoaderOptions(MaxFileBytes: 64)).Load("/proc/self/status");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KG0024", diagnostic.Id);
        Assert.Contains("is larger than the limit of 64 bytes (LoaderOptions.MaxFileBytes)", diagnostic.Message);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        var pipe = Path.Combine(_folder, "pipe.kg.yaml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", pipe) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var load = Task.Run(() => Loader().Load(pipe));

        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))));
        var diagnostic = Assert.Single((await load).Diagnostics);
        Assert.Equal("KG0024", diagnostic.Id);
        Assert.Contains("not a regular file", diagnostic.Message);
    }

    [Fact]
    public void A_document_named_many_times_is_read_once_and_all_reading_has_a_budget()
    {
        File.WriteAllText(Path.Combine(_folder, "big.txt"), new string('x', 100_000) + " the end");
        var yaml = new StringBuilder("namespace: Extra\ndocuments:\n");
        for (var i = 0; i < 400; i++)
        {
            yaml.Append($"  d{i}: {{ path: big.txt }}\n");
        }

        yaml.Append("entities:\n  x: { type: Settlement, sources: [").Append(string.Join(", ", Enumerable.Range(0, 400).Select(i => $"{{ document: d{i}, quote: the end }}"))).Append("] }\n");
        var path = Write("many.kg.yaml", yaml.ToString());
        var fileAndDocumentOnce = new FileInfo(path).Length + new FileInfo(Path.Combine(_folder, "big.txt")).Length;

        // Read 400 times, the document alone would be 40 MB: within a budget of the file and the document once, it loads.
        var once = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), new LoaderOptions(MaxLoadBytes: fileAndDocumentOnce)).Load(path);
        Assert.True(once.Succeeded, once.ToString());

        var tight = new GraphLoader(IzyumGraph.Schema, IzyumGraph.CreateBuilder(), new LoaderOptions(MaxLoadBytes: fileAndDocumentOnce - 1)).Load(path);
        Assert.Contains(tight.Diagnostics, d => d.Id == "KG0024" && d.Message.Contains("budget"));
    }

    [Fact]
    public void Loading_files_one_after_another_gives_the_graph_of_loading_them_together()
    {
        var paths = Enumerable.Range(0, 5).Select(i => Write($"part{i}.kg.yaml",
            $"namespace: Extra\nentities:\n  town{i}: {{ type: Settlement, population: {i}{(i > 0 ? $", partOf: town{i - 1}" : ", partOf: kharkivRegion")} }}\nfacts:\n  - ukrainianForces tookControlOf town{i}\n")).ToArray();
        var together = Loader();
        var apart = Loader();

        Assert.True(together.Load(paths).Succeeded);
        Assert.All(paths, p => Assert.True(apart.Load(p).Succeeded));

        Assert.Equal(Describe(together.Builder.Build()), Describe(apart.Builder.Build()));
        Assert.Contains(apart.Builder.Build().Get<Settlement>("town4"), apart.Builder.Build().PlacesWithin(Entities.KharkivRegion));
    }

    [Fact]
    public void A_failed_load_between_two_good_ones_leaves_no_trace()
    {
        var loader = Loader();
        Assert.True(loader.Load(Write("a.kg.yaml", "namespace: Extra\nentities:\n  a: { type: Settlement }\n")).Succeeded);
        var (entities, facts) = (loader.Builder.EntityCount, loader.Builder.FactCount);

        var failed = loader.Load(Write("b.kg.yaml", "namespace: Extra\nentities:\n  b: { type: Settlement }\n  c: { type: Settlement, population: many }\n"));
        Assert.False(failed.Succeeded);
        Assert.Equal((entities, facts), (loader.Builder.EntityCount, loader.Builder.FactCount));

        var later = loader.Load(Write("c.kg.yaml", "namespace: Extra\nentities:\n  b: { type: Settlement, partOf: a }\nfacts:\n  - b partOf a\n"));
        Assert.True(later.Succeeded, later.ToString()); // 'b' is free again: the failed load declared nothing
        var refersToFailed = loader.Load(Write("d.kg.yaml", "namespace: Extra\nfacts:\n  - c partOf a\n"));
        Assert.Equal("KG0007", Assert.Single(refersToFailed.Diagnostics).Id);
    }

    [Fact]
    public void Loading_the_same_file_twice_is_one_error_at_the_file_and_adds_nothing()
    {
        var loader = Loader();
        var path = Write("twice.kg.yaml", "namespace: Extra\nentities:\n  kupiansk: { type: Settlement }\n");
        Assert.True(loader.Load(path).Succeeded);
        var count = loader.Builder.EntityCount;

        var second = loader.Load(path);

        var diagnostic = Assert.Single(second.Diagnostics);
        Assert.Equal(("KG0015", path, 1, 1), (diagnostic.Id, diagnostic.Span.Path, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal($"This text was loaded before, from {path}, and what it holds is in the graph already; a data file is loaded once. Leave it out of this load, or edit it if it is meant to add something", diagnostic.Message);
        Assert.Equal(count, loader.Builder.EntityCount);

        // Edited, the file is another text, and its ids are what it would declare twice.
        File.AppendAllText(path, "  balakliiaStation: { type: Settlement }\n");
        var edited = Assert.Single(loader.Load(path).Diagnostics);
        Assert.Equal(("KG0015", 3, 3), (edited.Id, edited.Span.StartLine, edited.Span.StartColumn));
        Assert.EndsWith($"the other declaration is at {path} (this file, loaded before; a file is loaded once)", edited.Message);

        var other = loader.Load(Write("again.kg.yaml", "namespace: Again\nentities:\n  kupiansk: { type: Settlement }\n"));
        Assert.EndsWith($"the other declaration is at {path} (loaded before)", Assert.Single(other.Diagnostics).Message);
        Assert.Equal(count, loader.Builder.EntityCount);
    }

    [Fact]
    public void A_file_of_facts_alone_is_loaded_once_by_any_path_or_line_ending()
    {
        const string Facts = "namespace: Extra\nfacts:\n  - ukrainianForces tookControlOf kyiv\n  - { subject: ukrainianForces, relation: tookControlOf, object: balakliya, date: 2022-09-08 }\n";
        var loader = Loader();
        var path = Write("facts.kg.yaml", Facts);
        Assert.Equal(2, loader.Load(path).FactsAdded);
        var facts = loader.Builder.FactCount;

        foreach (var again in new[] { path, Write("copy.kg.yaml", Facts), Write("crlf.kg.yaml", Facts.Replace("\n", "\r\n", StringComparison.Ordinal)) })
        {
            var result = loader.Load(again);

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("KG0015", again, 1, 1), (diagnostic.Id, diagnostic.Span.Path, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
            Assert.StartsWith($"This text was loaded before, from {path},", diagnostic.Message);
            Assert.Equal(facts, loader.Builder.FactCount);
        }

        Assert.False(loader.LoadText(Path.Combine(_folder, "given.kg.yaml"), Facts).Succeeded);
        Assert.True(loader.Load(Write("more.kg.yaml", Facts + "  - ukrainianForces tookControlOf izyum\n")).Succeeded); // another text
        Assert.Equal(facts + 3, loader.Builder.FactCount);
    }

    [Fact]
    public void The_same_text_twice_in_one_load_is_an_error_at_the_second_and_a_failed_load_remembers_no_text()
    {
        const string Facts = "namespace: Extra\nfacts:\n  - ukrainianForces tookControlOf kyiv\n";
        var loader = Loader();
        var (first, second) = (Write("a.kg.yaml", Facts), Write("b.kg.yaml", Facts));
        var facts = loader.Builder.FactCount;

        var result = loader.Load(second, first);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KG0015", second), (diagnostic.Id, diagnostic.Span.Path));
        Assert.Equal($"This text is given twice in this load (also as {first}); a data file is loaded once: leave one of them out", diagnostic.Message);
        Assert.Equal(facts, loader.Builder.FactCount);

        Assert.False(loader.Load(first, Write("broken.kg.yaml", "namespace: Extra\nfacts:\n  - nobody tookControlOf kyiv\n")).Succeeded);
        Assert.True(loader.Load(first).Succeeded);
        Assert.Equal(facts + 1, loader.Builder.FactCount);
    }

    [Fact]
    public void Data_may_add_facts_about_a_compiled_entity_but_never_redefine_it()
    {
        var loader = Loader();
        var redefine = loader.Load(Write("redefine.kg.yaml", "namespace: Izyum\nentities:\n  izyum: { type: Settlement, population: 1 }\n"));
        var diagnostic = Assert.Single(redefine.Diagnostics);
        Assert.Equal("KG0015", diagnostic.Id);
        Assert.Contains("izyum.kg.yaml (compiled)", diagnostic.Message);

        var facts = loader.Load(Write("more.kg.yaml", "namespace: Extra\nfacts:\n  - ukrainianForces tookControlOf izyum\n"));
        Assert.True(facts.Succeeded, facts.ToString());
        Assert.Equal(40000, Entities.Izyum.Population);
    }

    [Fact]
    public void Concurrent_loads_on_one_loader_take_turns_and_all_arrive()
    {
        var loader = Loader();
        var paths = Enumerable.Range(0, 16).Select(i => Write($"c{i}.kg.yaml", $"namespace: Extra\nentities:\n  c{i}: {{ type: Settlement, partOf: kharkivRegion }}\n")).ToList();

        var results = paths.AsParallel().WithDegreeOfParallelism(8).Select(p => loader.Load(p)).ToList();

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        var graph = loader.Builder.Build();
        Assert.All(Enumerable.Range(0, 16), i => Assert.NotNull(graph.FindById($"c{i}")));
    }

    [Fact]
    public void A_cancelled_load_throws_and_adds_nothing()
    {
        var loader = Loader();
        var paths = Enumerable.Range(0, 3).Select(i => Write($"k{i}.kg.yaml", $"namespace: Extra\nentities:\n  k{i}: {{ type: Settlement }}\n")).ToList();
        using var cancellation = new CancellationTokenSource();
        var reports = new System.Collections.Generic.List<LoadProgress>();
        var progress = new Synchronous<LoadProgress>(p =>
        {
            reports.Add(p);
            if (p.FilesDone == 2)
            {
                cancellation.Cancel();
            }
        });
        var before = loader.Builder.EntityCount;

        Assert.Throws<OperationCanceledException>(() => loader.Load(paths, cancellation.Token, progress));

        Assert.Equal(before, loader.Builder.EntityCount);
        Assert.Equal(new[] { 1, 2 }, reports.Select(r => r.FilesDone));
        Assert.All(reports, r => Assert.Equal(3, r.FilesTotal));
        Assert.True(loader.Load(paths, CancellationToken.None).Succeeded); // nothing of the cancelled load was kept
    }

    [Fact]
    public void A_load_reports_its_binding_and_a_cancellation_stops_it_within_a_file()
    {
        var path = Write("large.kg.yaml", Settlements(2500));
        var bytes = new FileInfo(path).Length;
        var loader = Loader();
        var before = loader.Builder.EntityCount;
        using var cancellation = new CancellationTokenSource();
        var reports = new System.Collections.Generic.List<LoadProgress>();
        var progress = CancelWhenBinding(cancellation, reports);

        Assert.Throws<OperationCanceledException>(() => loader.Load(new[] { path }, cancellation.Token, progress));

        Assert.Equal(
            new[] { new LoadProgress(1, 1, bytes, bytes), new LoadProgress(0, 1, 0, bytes) { Stage = LoadStage.Binding, ItemsBound = 1000 } },
            reports);
        Assert.Equal(before, loader.Builder.EntityCount);

        reports.Clear();
        Assert.True(loader.Load(new[] { path }, CancellationToken.None, new Synchronous<LoadProgress>(reports.Add)).Succeeded);
        Assert.Equal(
            new[]
            {
                new LoadProgress(1, 1, bytes, bytes),
                new LoadProgress(0, 1, 0, bytes) { Stage = LoadStage.Binding, ItemsBound = 1000 },
                new LoadProgress(0, 1, 0, bytes) { Stage = LoadStage.Binding, ItemsBound = 2000 },
                new LoadProgress(1, 1, bytes, bytes) { Stage = LoadStage.Binding, ItemsBound = 2500 },
            },
            reports);
        Assert.Equal(before + 2500, loader.Builder.EntityCount);
    }

    [Fact]
    public void A_cancellation_is_seen_within_a_file_that_already_has_an_error()
    {
        var yaml = Settlements(2500, "  izyum: { type: Settlement }\n"); // a compiled id: an error before binding

        var loader = Loader();
        using var cancellation = new CancellationTokenSource();
        var reports = new System.Collections.Generic.List<LoadProgress>();
        var progress = CancelWhenBinding(cancellation, reports);

        Assert.Throws<OperationCanceledException>(() => loader.Load(new[] { Write("broken-and-large.kg.yaml", yaml) }, cancellation.Token, progress));

        Assert.Equal((LoadStage.Binding, 1000, 0), (reports[^1].Stage, (int)reports[^1].ItemsBound, reports[^1].FilesDone));
    }

    [Fact]
    public void A_load_started_from_a_progress_report_of_another_on_the_same_loader_is_refused_and_neither_is_kept()
    {
        var yaml = Settlements(1500);

        var loader = Loader();
        var (outer, inner) = (Write("outer.kg.yaml", yaml), Write("inner.kg.yaml", "namespace: Extra\nentities:\n  s2: { type: Settlement }\n"));
        var before = loader.Builder.EntityCount;
        var progress = new Synchronous<LoadProgress>(p =>
        {
            if (p.Stage == LoadStage.Binding)
            {
                loader.Load(inner);
            }
        });

        var refused = Assert.Throws<InvalidOperationException>(() => loader.Load(new[] { outer }, CancellationToken.None, progress));

        Assert.StartsWith("A load was started on this GraphLoader while another load on it was still running on the same thread", refused.Message);
        Assert.Equal(before, loader.Builder.EntityCount);
        Assert.True(loader.Load(inner, outer).Succeeded); // the loader is as it was: both files load afterwards
        Assert.True(loader.LoadText(Path.Combine(_folder, "after.kg.yaml"), "namespace: Extra\nfacts:\n  - s2 partOf kharkivRegion\n").Succeeded);
    }

    [Fact]
    public void A_text_that_holds_nothing_may_be_loaded_again()
    {
        var loader = Loader();
        foreach (var text in new[] { "namespace: Extra\n", "namespace: Extra\nfacts: []\n", string.Empty })
        {
            Assert.True(loader.Load(Write("empty-a.kg.yaml", text)).Succeeded);
            Assert.True(loader.Load(Write("empty-b.kg.yaml", text)).Succeeded);
        }
    }

    private static string Describe(Graph graph) => string.Join("\n",
        graph.Entities.Select(e => e.Id).OrderBy(id => id, StringComparer.Ordinal)
            .Concat(graph.AllFacts.Select(f => $"{f.SubjectEntity.Id} {f.Relation.Name} {f.ObjectEntity.Id} {f.Origin}").OrderBy(f => f, StringComparer.Ordinal)));

    /// <summary>Keeps every report, and cancels the load at the first report of its binding.</summary>
    private static Synchronous<LoadProgress> CancelWhenBinding(CancellationTokenSource cancellation, System.Collections.Generic.List<LoadProgress> reports) => new(p =>
    {
        reports.Add(p);
        if (p.Stage == LoadStage.Binding)
        {
            cancellation.Cancel();
        }
    });

    /// <summary>A data file of <paramref name="count"/> settlements <c>k0</c>, <c>k1</c>, …, after <paramref name="first"/> entities written as YAML.</summary>
    private static string Settlements(int count, string first = "")
    {
        var yaml = new StringBuilder("namespace: Extra\nentities:\n").Append(first);
        for (var i = 0; i < count; i++)
        {
            yaml.Append($"  k{i}: {{ type: Settlement }}\n");
        }

        return yaml.ToString();
    }

    private static GraphLoader Loader() => new(IzyumGraph.Schema, IzyumGraph.CreateBuilder());

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Reports on the calling thread, as the test needs (Progress&lt;T&gt; posts to a synchronisation context).</summary>
    private sealed class Synchronous<T> : IProgress<T>
    {
        private readonly Action<T> _report;

        public Synchronous(Action<T> report) => _report = report;

        public void Report(T value) => _report(value);
    }
}
