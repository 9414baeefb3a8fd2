namespace ShopBot.Skills.Learning.Inventory;

/// <summary>The date a product is expected back in stock, as shown to shoppers.</summary>
/// <param name="Date">Expected restock date.</param>
/// <param name="IsEstimate">True when derived from the usual lead time rather than a known inbound delivery; the
/// answer must then say it is an estimate.</param>
/// <param name="Basis">Why: <c>inbound</c> (known delivery), <c>lead-time</c> (no delivery known) or
/// <c>overdue-inbound</c> (the known delivery date has passed, so the lead time is used again from today).</param>
public sealed record RestockEstimate(DateOnly Date, bool IsEstimate, string Basis);
