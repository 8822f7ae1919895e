using System.Text;

namespace KnowledgeGraph.Pictures;

/// <summary>What every picture's text shares.</summary>
internal static class PictureText
{
    /// <summary>The text with '\n' line ends on every system (AppendLine writes the system's).</summary>
    public static string Lines(StringBuilder text) => text.Replace("\r\n", "\n").ToString();
}
