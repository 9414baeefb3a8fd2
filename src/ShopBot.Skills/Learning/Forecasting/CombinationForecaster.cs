namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Fits several methods and averages their forecasts. <see cref="Comb"/> is M4's "Comb" benchmark: the mean of SES,
/// Holt and damped trend on the seasonally adjusted series.
/// </summary>
public sealed class CombinationForecaster : IForecaster
{
    private readonly IReadOnlyList<IForecaster> _members;
    private readonly bool _median;

    /// <summary>Combines <paramref name="members"/> by mean, or by median when <paramref name="median"/> is true.</summary>
    public CombinationForecaster(string name, IReadOnlyList<IForecaster> members, bool median = false)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0) throw new ArgumentException("A combination needs at least one member.", nameof(members));
        Name = name;
        _members = members;
        _median = median;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>M4's Comb S-H-D benchmark.</summary>
    public static SeasonallyAdjustedForecaster Comb() => new(new CombinationForecaster("Comb",
        [ExponentialSmoothingForecaster.Ses(), ExponentialSmoothingForecaster.Holt(), ExponentialSmoothingForecaster.Damped()]));

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality)
    {
        var models = new IForecastModel[_members.Count];
        for (var i = 0; i < models.Length; i++) models[i] = _members[i].Fit(history, seasonality);
        return new CombinationModel(Name, models, _median);
    }
}
