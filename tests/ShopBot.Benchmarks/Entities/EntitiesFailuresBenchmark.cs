using ShopBot.Skills.Nlu.Entities.Specs;

namespace ShopBot.Benchmarks.Entities;

/// <summary>
/// entities-failures: lists the failed cases of one spec file (input, expected, actual, reason), to work from.
/// Usage: entities-failures [name=DateTime] [specs-folder].
/// </summary>
public sealed class EntitiesFailuresBenchmark : IBenchmark
{
    public string Name => "entities-failures";

    public string Description => "Failed cases of one entity spec file (default DateTime) with expected and actual results";

    public Task<int> RunAsync(string[] args)
    {
        var name = args.Length > 0 ? args[0] : "DateTime";
        var specs = args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data", "entities", "recognizers-specs"));
        var rel = SpecRunner.KnownFiles.FirstOrDefault(f => f.Name == name).RelativePath;
        if (rel is null) { Console.Error.WriteLine($"unknown spec '{name}'"); return Task.FromResult(2); }
        var result = SpecRunner.CreateDefault().RunFile(Path.Combine(specs, rel), name);
        foreach (var f in result.Failures)
        {
            Console.WriteLine($"IN: {f.Input}");
            Console.WriteLine($"  WHY: {f.Reason}");
            Console.WriteLine($"  EXP: {f.Expected}");
            Console.WriteLine($"  GOT: {f.Actual}");
        }
        Console.WriteLine($"{name}: {result.Passed}/{result.Cases}");
        return Task.FromResult(0);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
