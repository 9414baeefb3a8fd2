namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Quote engine settings.</summary>
public sealed class QuoteOptions
{
    /// <summary>
    /// The currency every amount in <see cref="QuoteRules"/> is in, quoted at rate 1 (rates in the table are units per
    /// one unit of it, despite the <c>UnitsPerUsd</c> name). Default USD.
    /// </summary>
    public string BaseCurrency { get; set; } = "USD";

    /// <summary>Largest quantity of one line accepted; more is treated as a typo and refused. Default 10,000.</summary>
    public int MaximumQuantity { get; set; } = 10_000;

    /// <summary>How long a quote stays valid. Default 24 hours.</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How ties are rounded. Default <see cref="MidpointRounding.AwayFromZero"/> (commercial rounding, 0.125 -> 0.13); <see cref="MidpointRounding.ToEven"/> is banker's rounding.</summary>
    public MidpointRounding Midpoint { get; set; } = MidpointRounding.AwayFromZero;

    /// <summary>Where rounding happens. Default <see cref="QuoteRounding.PerLine"/>.</summary>
    public QuoteRounding Rounding { get; set; } = QuoteRounding.PerLine;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(BaseCurrency) || BaseCurrency.Trim().Length != 3) throw new ArgumentException($"{nameof(BaseCurrency)} must be a 3-letter currency code.");
        if (MaximumQuantity < 1) throw new ArgumentException($"{nameof(MaximumQuantity)} must be at least 1.");
        if (ValidFor <= TimeSpan.Zero) throw new ArgumentException($"{nameof(ValidFor)} must be positive.");
        if (Midpoint is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven)) throw new ArgumentException($"{nameof(Midpoint)} must be AwayFromZero or ToEven.");
    }
}
