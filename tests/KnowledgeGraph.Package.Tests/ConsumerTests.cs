using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Package.Tests;

/// <summary>Brand-new projects outside the repository that reference only the packed package.</summary>
public sealed class ConsumerTests : IClassFixture<PackedPackage>
{
    private const string Ontology = """
        namespace: Library

        types:
          Author: { is: Actor }
          City: { is: Place }
          Publication:
            is: Event
            roles: { author: Author, in: City }
            implies: { publishedIn: author -> in }

        relations:
          publishedIn: { from: Author, to: City, label: published in }
          livedIn: { from: Author, to: City, label: lived in, inverse: homeOf }

        documents:
          catalogue: { path: docs/catalogue.txt, title: Catalogue }

        entities:
          tolstoy: { type: Author, name: Leo Tolstoy, livedIn: moscow }
          moscow: { type: City, name: Moscow }

        events:
          warAndPeace:
            type: Publication
            author: tolstoy
            in: moscow
            date: 1869
            source: { document: catalogue, quote: War and Peace was published in Moscow }
        """;

    private const string Program = """
        using Library;

        var graph = LibraryGraph.Create();
        Console.WriteLine("home of: " + string.Join(",", graph.HomeOf(Entities.Moscow).Select(a => a.Name)));
        Console.WriteLine("published in: " + string.Join(",", graph.PublishedIn(Entities.Tolstoy).Select(c => c.Name)));
        Console.WriteLine("quote on line: " + Events.WarAndPeace.Sources[0].Line);
        Console.WriteLine("pictures: " + (graph.Picture().ToDot().StartsWith("digraph") && LibraryGraph.Schema.ToMermaid().StartsWith("classDiagram") && graph.Picture().ToHtml().Contains("cytoscape")));
        Console.WriteLine("describe: " + graph.Describe(Entities.Tolstoy).ToString().Split('\n')[0]);
        var rdf = Path.Combine(Path.GetTempPath(), $"library-{Environment.ProcessId}.ttl");
        using (var stream = File.Create(rdf))
        {
            KnowledgeGraph.Rdf.RdfExport.WriteGraph(graph, LibraryGraph.Schema, stream);
        }
        var reloaded = new KnowledgeGraph.GraphLoader(LibraryGraph.Schema, LibraryGraph.CreateBuilder()).LoadRdf(rdf);
        Console.WriteLine("rdf: " + (reloaded.Succeeded && LibraryGraph.Schema.ToOwl().Contains("ont:Author a owl:Class")));
        File.Delete(rdf);
        using (var image = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(typeof(KnowledgeGraph.Graph).Assembly.Location)))
        {
            Console.WriteLine("precompiled: " + (image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0));
        }
        """;

    private readonly PackedPackage _package;

    public ConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_package_holds_the_runtime_the_generator_and_the_build_files_and_nothing_else()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml").OrderBy(n => n, System.StringComparer.Ordinal).ToList();

        // A pack on linux-x64 (as here and in CI) adds the ReadyToRun images of the net10.0 assemblies for that platform.
        var readyToRun = PackedPackage.PacksReadyToRun
            ? new[] { "runtimes/linux-x64/lib/net10.0/KnowledgeGraph.Language.dll", "runtimes/linux-x64/lib/net10.0/KnowledgeGraph.Sdk.dll" }
            : System.Array.Empty<string>();
        Assert.Equal(
            new[]
            {
                "KnowledgeGraph.nuspec", "README.md", "THIRD-PARTY-NOTICES/cytoscape.LICENSE",
                "analyzers/dotnet/cs/KnowledgeGraph.Generator.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
                "buildTransitive/KnowledgeGraph.props", "buildTransitive/KnowledgeGraph.targets", "docs/diagnostics.md",
                "lib/net10.0/KnowledgeGraph.Language.dll", "lib/net10.0/KnowledgeGraph.Sdk.dll", "lib/net10.0/KnowledgeGraph.Sdk.xml",
                "lib/net8.0/KnowledgeGraph.Language.dll", "lib/net8.0/KnowledgeGraph.Sdk.dll", "lib/net8.0/KnowledgeGraph.Sdk.xml",
            }.Concat(readyToRun).Append("schemas/kg.schema.json"),
            entries);
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis") || e.Contains("Test") || e.Contains("xunit"));
        using var nuspec = new StreamReader(archive.GetEntry("KnowledgeGraph.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains($"<version>{_package.Version}</version>", metadata);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<readme>README.md</readme>", metadata);
        Assert.Contains("<tags>", metadata);
        Assert.Contains("id=\"QuikGraph\"", metadata);
        Assert.Contains("id=\"YamlDotNet\"", metadata);
        Assert.DoesNotContain("KnowledgeGraph.Language", metadata);
    }

    [Fact]
    public void The_precompiled_images_keep_every_bulk_method_and_each_runtime_folder_names_the_language_version_beside_it()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        static System.Reflection.Metadata.MetadataReader Read(ZipArchive archive, string path, out System.Reflection.PortableExecutable.PEReader image)
        {
            var bytes = new MemoryStream();
            using (var entry = archive.GetEntry(path)!.Open())
            {
                entry.CopyTo(bytes);
            }

            bytes.Position = 0;
            image = new System.Reflection.PortableExecutable.PEReader(bytes);
            return System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(image);
        }

        static int Marked(System.Reflection.Metadata.MetadataReader metadata) => metadata.MethodDefinitions
            .Count(m => (metadata.GetMethodDefinition(m).ImplAttributes & System.Reflection.MethodImplAttributes.AggressiveOptimization) != 0);

        var folders = PackedPackage.PacksReadyToRun ? new[] { "lib/net10.0/", "runtimes/linux-x64/lib/net10.0/" } : new[] { "lib/net10.0/" };
        foreach (var folder in folders)
        {
            var sdk = Read(archive, folder + "KnowledgeGraph.Sdk.dll", out var sdkImage);
            var language = Read(archive, folder + "KnowledgeGraph.Language.dll", out var languageImage);
            using (sdkImage)
            using (languageImage)
            {
                // The IL keeps its bulk readers marked to be compiled optimised at once; the precompiled build leaves the mark
                // out, which would keep those methods out of the image (the build of a solution once sent the Sdk's reference
                // to Language back to Release, and the Sdk's image kept the mark).
                var precompiled = folder.StartsWith("runtimes/", System.StringComparison.Ordinal);
                Assert.True(precompiled == (sdkImage.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0), folder);
                Assert.Equal(precompiled, Marked(sdk) == 0 && Marked(language) == 0);
                var referenced = sdk.AssemblyReferences.Select(r => sdk.GetAssemblyReference(r))
                    .Single(r => sdk.GetString(r.Name) == "KnowledgeGraph.Language").Version;
                Assert.Equal(language.GetAssemblyDefinition().Version, referenced);
                Assert.Equal(sdk.GetAssemblyDefinition().Version, referenced);
            }
        }
    }

    [Fact]
    public void A_new_console_project_builds_runs_and_reports_a_broken_file_at_its_line()
    {
        var folder = NewConsumer("net10-consumer", "net10.0");

        var (runExit, runOutput) = DotNet.Run(folder, _package.ConsumerEnvironment, "run");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("home of: Leo Tolstoy", runOutput);
        Assert.Contains("published in: Moscow", runOutput);
        Assert.Contains("quote on line: 2", runOutput);
        Assert.Contains("pictures: True", runOutput);
        Assert.Contains("describe: Leo Tolstoy (Author, id tolstoy)", runOutput);
        Assert.Contains("rdf: True", runOutput);
        Assert.Contains("precompiled: " + PackedPackage.PacksReadyToRun, runOutput);

        var yaml = Path.Combine(folder, "ontology", "library.kg.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("moscow: { type: City,", "moscow: { type: Cty,"));
        var (buildExit, buildOutput) = DotNet.Run(folder, _package.ConsumerEnvironment, "build");
        Assert.NotEqual(0, buildExit);
        Assert.Contains(Path.Combine("ontology", "library.kg.yaml") + "(20,19): error KG0005: Unknown type 'Cty'; did you mean 'City'? (file:///", buildOutput);
        Assert.Contains("/docs/diagnostics.md#kg0005)", buildOutput);

        // The error log (SARIF, as IDEs and CI annotations read it) links KG0005 to its section of the package's own catalogue.
        var log = Path.Combine(folder, "errors.sarif");
        DotNet.Run(folder, _package.ConsumerEnvironment, "build", "-p:ErrorLog=" + log + "%2Cversion=2.1");
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "KG0005");
        Assert.Equal("Unknown type", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("A type name", rule.GetProperty("fullDescription").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        var help = new System.Uri(rule.GetProperty("helpUri").GetString()!);
        Assert.Equal("file", help.Scheme);
        Assert.Equal("#kg0005", help.Fragment);
        Assert.EndsWith(Path.Combine("docs", "diagnostics.md"), help.LocalPath);
        Assert.Contains("\n### KG0005\n", File.ReadAllText(help.LocalPath).Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_samples_Dump_file_copied_into_a_project_prints_tables()
    {
        var folder = NewConsumer("dump-consumer", "net10.0");
        var project = Path.Combine(folder, "dump-consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<PackageReference Include=\"KnowledgeGraph\"", "<PackageReference Include=\"Spectre.Console\" Version=\"0.57.2\" />\n    <PackageReference Include=\"KnowledgeGraph\""));
        File.Copy(Path.Combine(DotNet.RepositoryRoot(), "samples", "Dump", "DumpExtensions.cs"), Path.Combine(folder, "DumpExtensions.cs"));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using KnowledgeGraph.Samples;
            using Library;

            LibraryGraph.Create().HomeOf(Entities.Moscow).Dump("Who lived in Moscow?");
            """);

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "run");

        Assert.True(exit == 0, output);
        Assert.Contains("Who lived in Moscow?", output);
        Assert.Contains("│ Leo Tolstoy │ Author │ tolstoy │", output);
    }

    [Fact]
    public void Packing_at_the_root_of_the_repository_makes_the_one_package()
    {
        Assert.Equal(new[] { $"KnowledgeGraph.{_package.Version}.nupkg" }, _package.Packages);
    }

    [Fact]
    public void A_file_based_app_takes_the_package_with_a_directive()
    {
        var folder = _package.NewConsumerFolder("file-based");
        File.WriteAllText(Path.Combine(folder, "app.cs"), $"#:package KnowledgeGraph@{_package.Version}\nusing System.Linq;\n" + Program);
        Directory.CreateDirectory(Path.Combine(folder, "ontology", "docs"));
        File.WriteAllText(Path.Combine(folder, "ontology", "library.kg.yaml"), Ontology);
        File.WriteAllText(Path.Combine(folder, "ontology", "docs", "catalogue.txt"), "The catalogue.\nWar and Peace was published in Moscow in 1869.\n");

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "run", "app.cs");

        Assert.True(exit == 0, output);
        Assert.Contains("home of: Leo Tolstoy", output);
        Assert.Contains("quote on line: 2", output);
    }

    [Fact]
    public void Removing_a_data_file_removes_its_data_at_the_next_build()
    {
        var folder = NewConsumer("removal-consumer", "net10.0");
        var extra = Path.Combine(folder, "ontology", "extra.kg.yaml");
        File.WriteAllText(extra, "namespace: Library\nentities:\n  gogol: { type: Author, name: Nikolai Gogol }\n");
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "\nConsole.WriteLine(\"entities: \" + LibraryGraph.Create().Entities.Count);\n");

        var (firstExit, first) = DotNet.Run(folder, _package.ConsumerEnvironment, "run");
        File.Delete(extra);
        var (secondExit, second) = DotNet.Run(folder, _package.ConsumerEnvironment, "run");

        Assert.True(firstExit == 0 && secondExit == 0, first + second);
        Assert.Contains("entities: 4", first); // tolstoy, moscow, warAndPeace and gogol
        Assert.Contains("entities: 3", second);
    }

    [Fact]
    public void KnowledgeGraphExcludes_keeps_data_loaded_at_run_time_out_of_the_build()
    {
        var folder = NewConsumer("excludes-consumer", "net10.0");
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        // Loaded at run time, and it redefines a compiled entity: compiled too, it would break the build (KG0015).
        File.WriteAllText(Path.Combine(folder, "data", "more.kg.yaml"), "namespace: Library\nentities:\n  tolstoy: { type: Author, name: Leo Tolstoy }\n");
        var project = Path.Combine(folder, "excludes-consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</PropertyGroup>", "  <KnowledgeGraphExcludes>data/**</KnowledgeGraphExcludes>\n  </PropertyGroup>"));

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "build");

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("KG0015", output);
    }

    [Fact]
    public void A_net8_project_builds_with_the_package()
    {
        var folder = NewConsumer("net8-consumer", "net8.0");

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "build");

        Assert.True(exit == 0, output);
        Assert.Contains("0 Warning(s)", output);
    }

    [Fact]
    public void Generated_files_can_be_written_to_disk()
    {
        var folder = NewConsumer("emit-consumer", "net10.0");

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "build", "-p:EmitCompilerGeneratedFiles=true");

        Assert.True(exit == 0, output);
        var generated = Directory.GetFiles(Path.Combine(folder, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("Library.Types.g.cs", generated);
        Assert.Contains("Library.LibraryGraph.g.cs", generated);
        var author = File.ReadAllText(Directory.GetFiles(Path.Combine(folder, "obj"), "Library.Types.g.cs", SearchOption.AllDirectories).First());
        Assert.Contains($"GeneratedCode(\"KnowledgeGraph.Generator\", \"{_package.Version}\")", author); // the package's version
    }

    [Fact]
    public void Another_analyzer_with_another_YamlDotNet_does_not_clash_with_ours()
    {
        var other = _package.NewConsumerFolder("other-analyzer");
        File.WriteAllText(Path.Combine(other, "OtherAnalyzer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" ExcludeAssets="runtime" PrivateAssets="all" />
                <PackageReference Include="YamlDotNet" Version="13.7.1" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(other, "OtherGenerator.cs"), """
            using System.IO;
            using Microsoft.CodeAnalysis;
            using YamlDotNet.RepresentationModel;

            [Generator]
            public sealed class OtherGenerator : IIncrementalGenerator
            {
                public void Initialize(IncrementalGeneratorInitializationContext context) => context.RegisterPostInitializationOutput(output =>
                {
                    var stream = new YamlStream();
                    stream.Load(new StringReader("answer: 42"));
                    var answer = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("answer")].ToString();
                    var version = typeof(YamlStream).Assembly.GetName().Version!.ToString(2);
                    output.AddSource("Other.g.cs", "public static class OtherGenerated { public const string Answer = \"" + answer + "\"; public const string YamlDotNetVersion = \"" + version + "\"; }");
                });
            }
            """);
        var (otherExit, otherOutput) = DotNet.Run(other, _package.ConsumerEnvironment, "build", "-c", "Release", "-o", "out");
        Assert.True(otherExit == 0, otherOutput);

        var folder = NewConsumer("two-analyzers-consumer", "net10.0");
        var project = Path.Combine(folder, "two-analyzers-consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", $"""
              <ItemGroup>
                <Analyzer Include="{Path.Combine(other, "out", "OtherAnalyzer.dll")}" />
                <Analyzer Include="{Path.Combine(other, "out", "YamlDotNet.dll")}" />
              </ItemGroup>
            </Project>
            """));
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "\nConsole.WriteLine(\"other: \" + OtherGenerated.Answer + \" with YamlDotNet \" + OtherGenerated.YamlDotNetVersion);\n");

        var (exit, output) = DotNet.Run(folder, _package.ConsumerEnvironment, "run");

        Assert.True(exit == 0, output);
        Assert.Contains("home of: Leo Tolstoy", output);
        // Both generators ran. The compiler loads one YamlDotNet for both, the higher version (ours, 18.x, here).
        Assert.True(output.Contains("other: 42 with YamlDotNet ", System.StringComparison.Ordinal), output);
    }

    private string NewConsumer(string name, string targetFramework)
    {
        var folder = _package.NewConsumerFolder(name);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest</AnalysisLevel>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KnowledgeGraph" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        Directory.CreateDirectory(Path.Combine(folder, "ontology", "docs"));
        File.WriteAllText(Path.Combine(folder, "ontology", "library.kg.yaml"), Ontology);
        File.WriteAllText(Path.Combine(folder, "ontology", "docs", "catalogue.txt"), "The catalogue.\nWar and Peace was published in Moscow in 1869.\n");
        return folder;
    }
}
