namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Why no quote could be made at all.</summary>
public enum QuoteErrorCode
{
    /// <summary>The request has no lines.</summary>
    NoLines,

    /// <summary>A quantity is zero or negative.</summary>
    InvalidQuantity,

    /// <summary>A quantity exceeds <see cref="QuoteOptions.MaximumQuantity"/>.</summary>
    QuantityTooLarge,

    /// <summary>A product id is not in the catalogue.</summary>
    UnknownProduct,

    /// <summary>The currency is not in the rate table.</summary>
    UnknownCurrency,

    /// <summary>No shipping rate for the region and method.</summary>
    UnknownShipping,

    /// <summary>No tax rate for the region.</summary>
    UnknownTaxRegion,
}
