namespace ShopBot.Skills.Rendering.Charts;

/// <summary>One line of an x-y chart.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="X">x values (increasing).</param>
/// <param name="Y">y values.</param>
public sealed record XyChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
