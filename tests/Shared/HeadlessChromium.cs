using System;
using System.Diagnostics;
using System.IO;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>Opens a local HTML page in headless Chromium, lets its scripts run, and gives the page as it then stands.</summary>
internal static class HeadlessChromium
{
    /// <summary>The page's DOM after its scripts ran (up to <paramref name="budgetMilliseconds"/> of virtual time), and what Chromium printed.</summary>
    public static (string Dom, string Errors) DumpDom(string htmlFile, int budgetMilliseconds = 10_000)
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
                    $"--user-data-dir={profile}", $"--virtual-time-budget={budgetMilliseconds}", "--dump-dom", new Uri(htmlFile).AbsoluteUri,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
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
}
