using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Language.Diagnostics;
using KnowledgeGraph.Language.Text;

namespace KnowledgeGraph.Language.Binding;

/// <summary>
/// Entities are created after the ones their properties name, so such references must not form a cycle. Finds the
/// cycles among references with an explicit stack (a chain of any length costs no recursion) and reports each at the
/// reference that closes it.
/// </summary>
public static class ReferenceCycles
{
    /// <param name="references">Every entity-valued property and role.</param>
    /// <param name="acrossFilesOnly">Report only cycles through more than one file (those within a file are reported when it is bound).</param>
    public static IEnumerable<KgDiagnostic> Find(IEnumerable<Reference> references, bool acrossFilesOnly = false)
    {
        var edges = new Dictionary<string, List<Reference>>(System.StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (!edges.TryGetValue(reference.From, out var list))
            {
                edges.Add(reference.From, list = new List<Reference>());
            }

            list.Add(reference);
        }

        var state = new Dictionary<string, bool>(System.StringComparer.Ordinal); // false: on the current path; true: done
        var diagnostics = new List<KgDiagnostic>();
        foreach (var start in edges.Keys.OrderBy(k => k, System.StringComparer.Ordinal))
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<string> { start };
            var stack = new Stack<(string Id, int Next)>();
            stack.Push((start, 0));
            state[start] = false;
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                var outgoing = edges.TryGetValue(id, out var list) ? list : null;
                if (outgoing is null || next >= outgoing.Count)
                {
                    state[id] = true;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((id, next + 1));
                var reference = outgoing[next];
                if (!state.TryGetValue(reference.To, out var done))
                {
                    state[reference.To] = false;
                    path.Add(reference.To);
                    stack.Push((reference.To, 0));
                }
                else if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(reference.To)).Append(reference.To).ToList();
                    if (acrossFilesOnly && Files(cycle, edges).Distinct().Count() < 2)
                    {
                        continue;
                    }

                    diagnostics.Add(Descriptors.PropertyCycle.At(reference.At, Show(cycle)));
                }
            }
        }

        return diagnostics;
    }

    /// <summary>The cycle, or its first and last steps when it is long (a message stays readable whatever the data).</summary>
    private static string Show(List<string> cycle) => cycle.Count <= 12
        ? string.Join(" -> ", cycle)
        : $"{string.Join(" -> ", cycle.Take(5))} -> ... {cycle.Count - 10:N0} more ... -> {string.Join(" -> ", cycle.Skip(cycle.Count - 5))}";

    private static IEnumerable<string> Files(List<string> cycle, Dictionary<string, List<Reference>> edges)
    {
        for (var i = 0; i + 1 < cycle.Count; i++)
        {
            yield return edges[cycle[i]].First(r => r.To == cycle[i + 1]).At.Path;
        }
    }
}
