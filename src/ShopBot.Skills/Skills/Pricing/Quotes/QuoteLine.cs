namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>One line of a quote, in the quote's currency.</summary>
/// <param name="ProductId">Catalogue id.</param>
/// <param name="Description">Product name.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPrice">List price of one unit, converted and rounded.</param>
/// <param name="Gross">Quantity times the list price, before discounts.</param>
/// <param name="Discount">Promotion and quantity-tier discount of the line.</param>
/// <param name="LineTotal">Gross minus discount.</param>
/// <param name="AppliedDiscounts">What the discount is made of, e.g. "promotion SPRING: 10%", "quantity 25+: 10%".</param>
public sealed record QuoteLine(
    string ProductId,
    string Description,
    int Quantity,
    decimal UnitPrice,
    decimal Gross,
    decimal Discount,
    decimal LineTotal,
    IReadOnlyList<string> AppliedDiscounts);
