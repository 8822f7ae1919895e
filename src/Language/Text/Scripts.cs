using System.Collections.Generic;
using System.Text;

namespace KnowledgeGraph.Language.Text;

/// <summary>
/// Names that look like other names. Latin, Greek and Cyrillic share letters that look alike (Latin i, Cyrillic і); a
/// name that mixes them reads as a name it is not, so it is refused, and two names of one scope that look the same
/// once look-alike letters are taken as Latin (<see cref="Skeleton"/>) are reported.
/// </summary>
public static class Scripts
{
    private enum Script
    {
        Other,
        Latin,
        Greek,
        Cyrillic,
    }

    /// <summary>Greek and Cyrillic letters that look like a Latin one, and that letter.</summary>
    private static readonly Dictionary<char, char> LookAlikes = Pairs(
        "аaеeоoрpсcуyхxіiјjѕsһhԁdԛqԝwӏlАAВBЕEЅSІIЈJКKМMНHОOРPСCТTХXУYΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvρpικkαa");

    /// <summary>
    /// Two scripts whose letters <paramref name="name"/> mixes (of Latin, Greek and Cyrillic), and the first letter of
    /// the second of them; null when its letters come from one script.
    /// </summary>
    public static (string One, string Other, string Odd)? Mixed(string name)
    {
        var first = Script.Other;
        foreach (var c in name)
        {
            var script = Of(c);
            if (script == Script.Other)
            {
                continue;
            }

            if (first == Script.Other)
            {
                first = script;
            }
            else if (script != first)
            {
                var (one, other) = first < script ? (first, script) : (script, first);
                var odd = FirstOf(name, other);
                return (one.ToString(), other.ToString(), odd.ToString());
            }
        }

        return null;
    }

    /// <summary><paramref name="name"/> with every Greek or Cyrillic letter that looks like a Latin one replaced by it.</summary>
    public static string Skeleton(string name)
    {
        StringBuilder? skeleton = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] >= '\u0370' && LookAlikes.TryGetValue(name[i], out var latin)) // every look-alike is Greek or Cyrillic
            {
                skeleton ??= new StringBuilder(name);
                skeleton[i] = latin;
            }
        }

        return skeleton?.ToString() ?? name;
    }

    private static Script Of(char c) => !char.IsLetter(c) ? Script.Other
        : c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF') ? (c < '\u0080' || c >= '\u00C0' ? Script.Latin : Script.Other)
        : (c >= '\u0370' && c <= '\u03FF') || (c >= '\u1F00' && c <= '\u1FFF') ? Script.Greek
        : (c >= '\u0400' && c <= '\u052F') || (c >= '\u1C80' && c <= '\u1C8F') || (c >= '\u2DE0' && c <= '\u2DFF') || (c >= '\uA640' && c <= '\uA69F') ? Script.Cyrillic
        : Script.Other;

    private static char FirstOf(string name, Script script)
    {
        foreach (var c in name)
        {
            if (Of(c) == script)
            {
                return c;
            }
        }

        return '?';
    }

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
