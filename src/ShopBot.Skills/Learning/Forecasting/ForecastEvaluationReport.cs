namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Hold-out evaluation of the forecasting methods over a set of series.</summary>
/// <param name="Auto">The per-series automatic choice (the method ShopBot uses).</param>
/// <param name="Naive2">The Naive2 reference computed in the same run.</param>
/// <param name="Methods">Every method evaluated, including Naive2 and Auto, ordered by OWA.</param>
/// <param name="Horizon">Points held out at the end of each series.</param>
/// <param name="Seasonality">Period used by the models and the MASE scale.</param>
/// <param name="SeriesCount">Series evaluated.</param>
/// <param name="Skipped">Series skipped, with the reason (too short, constant history).</param>
/// <param name="ChosenCounts">How often each method was among the chosen ones of Auto.</param>
/// <param name="Seconds">Wall time of the evaluation (all fitting and forecasting) in seconds.</param>
/// <param name="Coverage80">Share of held-out points inside Auto's 80% interval.</param>
/// <param name="Coverage95">Share of held-out points inside Auto's 95% interval.</param>
public sealed record ForecastEvaluationReport(MethodScore Auto, MethodScore Naive2, IReadOnlyList<MethodScore> Methods,
    int Horizon, int Seasonality, int SeriesCount, IReadOnlyList<string> Skipped,
    IReadOnlyDictionary<string, int> ChosenCounts, double Seconds, double Coverage80, double Coverage95);
