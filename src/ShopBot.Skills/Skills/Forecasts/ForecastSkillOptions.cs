namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// Settings of the forecast and stock skills, section <c>ShopBot:Forecasts</c>. Defaults in brackets.
/// </summary>
public sealed class ForecastSkillOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ShopBot:Forecasts";

    /// <summary>Horizon when the question names no period, in weeks from today [4].</summary>
    public int DefaultHorizonWeeks { get; set; } = 4;

    /// <summary>Longest horizon answered, in weeks [26]; further out the error is too large to be useful.</summary>
    public int MaxHorizonWeeks { get; set; } = 26;

    /// <summary>Periods ending at most this many days ahead are forecast day by day (weekly seasonality), longer ones by week [14].</summary>
    public int DailyGrainMaxDays { get; set; } = 14;

    /// <summary>Weeks of sales history used for weekly forecasts [104].</summary>
    public int HistoryWeeks { get; set; } = 104;

    /// <summary>Days of sales history used for daily forecasts [112].</summary>
    public int DailyHistoryDays { get; set; } = 112;

    /// <summary>Fewest history periods (weeks or days) a forecast is made from [8].</summary>
    public int MinHistoryPeriods { get; set; } = 8;

    /// <summary>History periods drawn on the chart before the forecast [26].</summary>
    public int ChartHistoryPeriods { get; set; } = 26;

    /// <summary>Cycle service level of the safety stock shown to staff, in (0.5, 1) [0.95].</summary>
    public double ServiceLevel { get; set; } = 0.95;

    /// <summary>Stock at or below which shoppers are told "only a few left" [3].</summary>
    public int LowStockThreshold { get; set; } = 3;

    /// <summary>How many times a question for the product is repeated before the dialog gives up [2].</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (DefaultHorizonWeeks < 1) throw new ArgumentException($"{SectionName}:{nameof(DefaultHorizonWeeks)} must be at least 1, was {DefaultHorizonWeeks}.");
        if (MaxHorizonWeeks < DefaultHorizonWeeks) throw new ArgumentException($"{SectionName}:{nameof(MaxHorizonWeeks)} must be at least {nameof(DefaultHorizonWeeks)}, was {MaxHorizonWeeks}.");
        if (DailyGrainMaxDays is < 1 or > 60) throw new ArgumentException($"{SectionName}:{nameof(DailyGrainMaxDays)} must be 1..60, was {DailyGrainMaxDays}.");
        if (MinHistoryPeriods < 3) throw new ArgumentException($"{SectionName}:{nameof(MinHistoryPeriods)} must be at least 3, was {MinHistoryPeriods}.");
        if (HistoryWeeks < MinHistoryPeriods) throw new ArgumentException($"{SectionName}:{nameof(HistoryWeeks)} must be at least {nameof(MinHistoryPeriods)}, was {HistoryWeeks}.");
        if (DailyHistoryDays < MinHistoryPeriods) throw new ArgumentException($"{SectionName}:{nameof(DailyHistoryDays)} must be at least {nameof(MinHistoryPeriods)}, was {DailyHistoryDays}.");
        if (ChartHistoryPeriods < 1) throw new ArgumentException($"{SectionName}:{nameof(ChartHistoryPeriods)} must be at least 1, was {ChartHistoryPeriods}.");
        if (!(ServiceLevel > 0.5 && ServiceLevel < 1)) throw new ArgumentException($"{SectionName}:{nameof(ServiceLevel)} must be between 0.5 and 1 (exclusive), was {ServiceLevel}.");
        if (LowStockThreshold < 0) throw new ArgumentException($"{SectionName}:{nameof(LowStockThreshold)} cannot be negative, was {LowStockThreshold}.");
        if (MaxRetries < 0) throw new ArgumentException($"{SectionName}:{nameof(MaxRetries)} cannot be negative, was {MaxRetries}.");
    }
}
