namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>The days a forecast question is about: [<paramref name="Start"/>, <paramref name="End"/>), end exclusive.</summary>
/// <param name="Start">First day asked about.</param>
/// <param name="End">Day after the last day asked about.</param>
/// <param name="Named">True when the question named the period; false for the default horizon.</param>
public sealed record ForecastPeriod(DateOnly Start, DateOnly End, bool Named)
{
    /// <summary>Number of days in the period.</summary>
    public int Days => End.DayNumber - Start.DayNumber;
}
