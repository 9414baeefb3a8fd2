namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Repeats the last season of the history (the last value when the period is 1).</summary>
/// <param name="Name">Method name.</param>
/// <param name="LastSeason">The last m values of the history, oldest first.</param>
public sealed record NaiveModel(string Name, double[] LastSeason) : IForecastModel
{
    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var result = new double[horizon];
        for (var h = 0; h < horizon; h++) result[h] = LastSeason[h % LastSeason.Length];
        return result;
    }
}
