using System;
using System.Diagnostics;
using System.IO;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>Opens a local HTML page in headless Chromium, lets its scripts run, and gives the page as it then stands.</summary>
internal static class HeadlessChromium
{
    /// <summary>A PNG of the page at 1400 by 900 pixels after its scripts ran; gives its path.</summary>
    public static string Screenshot(string htmlFile, string pngFile, int budgetMilliseconds = 10_000)
    {
        Run(htmlFile, budgetMilliseconds, "--hide-scrollbars", "--window-size=1400,900", $"--screenshot={pngFile}");
        return File.Exists(pngFile) ? pngFile : throw new InvalidOperationException($"Chromium took no screenshot of {htmlFile}.");
    }

    /// <summary>The page's DOM after its scripts ran (up to <paramref name="budgetMilliseconds"/> of virtual time), and what Chromium printed.</summary>
    public static (string Dom, string Errors) DumpDom(string htmlFile, int budgetMilliseconds = 10_000) =>
        Run(htmlFile, budgetMilliseconds, "--dump-dom");

    /// <summary>Runs Chromium headless on a local page (a <c>#fragment</c> may follow the path) with these extra switches.</summary>
    private static (string Output, string Errors) Run(string htmlFile, int budgetMilliseconds, params string[] switches)
    {
        var chromium = ExternalTool.Require("chromium", "apt-get install chromium");
        var profile = Directory.CreateTempSubdirectory("kg-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
                    $"--user-data-dir={profile}", $"--virtual-time-budget={budgetMilliseconds}",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var value in switches)
            {
                start.ArgumentList.Add(value);
            }

            start.ArgumentList.Add(Url(htmlFile));
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish with {htmlFile}.");
            }

            return (dom, errors.Result);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>A file URL for a local path, keeping a <c>#fragment</c> after it.</summary>
    private static string Url(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? new Uri(path).AbsoluteUri : new Uri(path[..hash]).AbsoluteUri + path[hash..];
    }
}
