namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Either a quote or the reason there is none; bad input never throws.</summary>
/// <param name="Quote">The quote, when the request could be priced.</param>
/// <param name="Error">What was wrong, otherwise.</param>
/// <param name="Message">One sentence naming the offending value.</param>
public sealed record QuoteResult(Quote? Quote, QuoteErrorCode? Error, string? Message)
{
    /// <summary>True when <see cref="Quote"/> is set.</summary>
    public bool IsSuccess => Quote is not null;

    internal static QuoteResult Fail(QuoteErrorCode error, string message) => new(null, error, message);
}
