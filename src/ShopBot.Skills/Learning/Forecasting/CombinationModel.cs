namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Equal-weight mean (or median) of member forecasts.</summary>
/// <param name="Name">Method name.</param>
/// <param name="Members">Fitted member models.</param>
/// <param name="UseMedian">Median instead of mean.</param>
public sealed record CombinationModel(string Name, IReadOnlyList<IForecastModel> Members, bool UseMedian = false) : IForecastModel
{
    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        var forecasts = Members.Select(m => m.Predict(horizon)).ToArray();
        var result = new double[horizon];
        var column = new double[forecasts.Length];
        for (var h = 0; h < horizon; h++)
        {
            for (var i = 0; i < forecasts.Length; i++) column[i] = forecasts[i][h];
            if (UseMedian)
            {
                Array.Sort(column);
                var mid = column.Length / 2;
                result[h] = column.Length % 2 == 1 ? column[mid] : (column[mid - 1] + column[mid]) / 2;
            }
            else
            {
                result[h] = column.Average();
            }
        }
        return result;
    }
}
