namespace ShopBot.Skills.Rendering.Charts;

/// <summary>What an x-y line chart with a numeric x axis shows (e.g. profit against price).</summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">x axis label (e.g. "price").</param>
/// <param name="YLabel">y axis label (e.g. "profit").</param>
/// <param name="Series">Lines to draw (the first two use the primary and secondary colours).</param>
/// <param name="Marker">Optional highlighted point with its label (e.g. the best price).</param>
public sealed record XyChartData(string Title, string XLabel, string YLabel, IReadOnlyList<XyChartSeries> Series,
    (double X, double Y, string Label)? Marker = null);
