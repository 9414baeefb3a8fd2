namespace ShopBot.Benchmarks;

/// <summary>One named accuracy or speed measurement. Implementations are found by reflection; add a class, not a switch case.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. <c>clinc150</c>.</summary>
    string Name { get; }

    /// <summary>One line for the list printed by <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark with the remaining arguments; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}
