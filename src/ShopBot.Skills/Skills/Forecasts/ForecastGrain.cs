namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>The time step of a forecast.</summary>
public enum ForecastGrain
{
    /// <summary>One value per day (weekly seasonality).</summary>
    Day,

    /// <summary>One value per 7 days (no seasonality, as in M4's weekly series).</summary>
    Week,
}
