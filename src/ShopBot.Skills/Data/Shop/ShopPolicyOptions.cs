namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// The shop's order rules, bound from configuration section <c>ShopBot:ShopPolicy</c>. Defaults in brackets.
/// </summary>
public sealed class ShopPolicyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ShopBot:ShopPolicy";

    /// <summary>Days after delivery within which a return may be started [30].</summary>
    public int ReturnWindowDays { get; set; } = 30;

    /// <summary>Cancellation fee, percent of the order total, while the order is pending or paid [0].</summary>
    public decimal CancellationFeePercentBeforeProcessing { get; set; }

    /// <summary>Cancellation fee, percent of the order total, while the warehouse is processing it [5].</summary>
    public decimal CancellationFeePercentWhileProcessing { get; set; } = 5m;

    /// <summary>Largest quantity a customer may set on one line by a change [10].</summary>
    public int MaxLineQuantity { get; set; } = 10;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (ReturnWindowDays is < 0 or > 3650) throw new ArgumentException($"{SectionName}:{nameof(ReturnWindowDays)} must be 0..3650, was {ReturnWindowDays}.");
        if (CancellationFeePercentBeforeProcessing is < 0 or > 100) throw new ArgumentException($"{SectionName}:{nameof(CancellationFeePercentBeforeProcessing)} must be 0..100, was {CancellationFeePercentBeforeProcessing}.");
        if (CancellationFeePercentWhileProcessing is < 0 or > 100) throw new ArgumentException($"{SectionName}:{nameof(CancellationFeePercentWhileProcessing)} must be 0..100, was {CancellationFeePercentWhileProcessing}.");
        if (MaxLineQuantity is < 1 or > 1000) throw new ArgumentException($"{SectionName}:{nameof(MaxLineQuantity)} must be 1..1000, was {MaxLineQuantity}.");
    }
}
