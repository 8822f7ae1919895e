using System;
using System.Reflection;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>An instance of a benchmark class with one case's parameters set and its global setup run, in this process.</summary>
internal static class CaseInstance
{
    public static object Create(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var instance = Activator.CreateInstance(type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (type.GetProperty(parameter.Name) is { } property)
            {
                property.SetValue(instance, parameter.Value);
            }
            else
            {
                type.GetField(parameter.Name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(instance, parameter.Value);
            }
        }

        benchmarkCase.Descriptor.GlobalSetupMethod?.Invoke(instance, null);
        return instance;
    }

    public static object? Run(object instance, BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Invoke(instance, null);
}
