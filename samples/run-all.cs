#:project ../src/Sdk/KnowledgeGraph.Sdk.csproj

// Runs every sample query of this folder, one after the other: dotnet run samples/run-all.cs
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

var folder = Path.GetDirectoryName(ThisFile())!;
var scripts = Directory.GetFiles(folder, "*.cs").Where(p => Path.GetFileName(p) != "run-all.cs").Order(StringComparer.Ordinal).ToList();
var failed = 0;
foreach (var script in scripts)
{
    Console.WriteLine($"=== {Path.GetFileName(script)}");
    using var process = Process.Start(new ProcessStartInfo("dotnet", ["run", "--file", script]) { UseShellExecute = false })!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        failed++;
        Console.WriteLine($"*** {Path.GetFileName(script)} failed with exit code {process.ExitCode}");
    }
}

Console.WriteLine($"{scripts.Count - failed} of {scripts.Count} samples ran.");
return failed == 0 ? 0 : 1;

static string ThisFile([CallerFilePath] string path = "") => path;
