namespace ShopBot.Skills.Skills.Pricing;

/// <summary>A currency the shop quotes in, with its rate against the base currency.</summary>
public sealed class QuoteCurrency
{
    /// <summary>ISO 4217 code, e.g. "EUR".</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Units of this currency per one unit of the base currency.</summary>
    public decimal Rate { get; set; }

    /// <summary>Decimal places of the currency's minor unit (JPY 0). Default 2.</summary>
    public int DecimalPlaces { get; set; } = 2;
}
