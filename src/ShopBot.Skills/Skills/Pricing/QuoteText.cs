using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Skills.Skills.Pricing.Quotes;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// What a shopper's message says about quotes that no entity gives: a reference to an earlier quote, and coupon codes.
/// </summary>
internal static partial class QuoteText
{
    /// <summary>
    /// The shopper asks for a quote given earlier: "show quote Q-12" / "quote number 12" (Id set), or "my last quote",
    /// "the quote you gave me yesterday", "my previous quote" (Id null). Null for a request for a new quote.
    /// </summary>
    internal static QuoteReference? AsksForEarlierQuote(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var numbered = QuoteNumber().Match(text);
        if (numbered.Success && long.TryParse(numbered.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long id)) return new QuoteReference(id);
        return EarlierQuote().IsMatch(text) ? new QuoteReference(null) : null;
    }

    [GeneratedRegex(@"\bQ-?(?<id>\d{1,12})\b|\bquote\s+(?:number\s+|no\.?\s*|#\s*)(?<id>\d{1,12})\b|\bquote\s+(?<id>\d{1,12})\b(?!\s*[a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex QuoteNumber();

    [GeneratedRegex(@"\b(?:last|latest|previous|earlier|recent|old|my|that|same)\s+quote\b|\bquote\s+(?:you|u)\s+(?:gave|sent|made|quoted|showed|did)\b|\bquoted\s+me\b|\b(?:did|have|had)\s+you\s+quote\b|\bquote\s+(?:from|of)\s+(?:yesterday|earlier|before|last)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex EarlierQuote();

    /// <summary>
    /// Coupon codes in the message: any configured code written as a word (any case), and any upper-case code written
    /// after "coupon", "voucher", "promo" or "code" (so an unknown code gets a clear answer instead of being ignored).
    /// </summary>
    internal static IReadOnlyList<string> FindCouponCodes(string? text, IReadOnlyList<Coupon> coupons)
    {
        var found = new List<(int Index, string Code)>();
        if (string.IsNullOrWhiteSpace(text)) return [];
        foreach (var coupon in coupons)
        {
            var match = Regex.Match(text, $@"(?<![\w-]){Regex.Escape(coupon.Code)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            if (match.Success) found.Add((match.Index, coupon.Code));
        }
        foreach (Match match in CouponAfterKeyword().Matches(text))
        {
            var code = match.Groups["code"].Value;
            if (!found.Any(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))) found.Add((match.Groups["code"].Index, code));
        }
        return found.OrderBy(f => f.Index).Select(f => f.Code).ToArray();
    }

    /// <summary>An upper-case token (letters and digits, at least one letter or digit run of 3+) after a coupon keyword.</summary>
    [GeneratedRegex(@"(?i:\b(?:coupon|voucher|promo)(?:\s+code)?|\bcode)\s*[:#]?\s*(?<code>[A-Z0-9][A-Z0-9_-]{2,24})(?![\w-])", RegexOptions.CultureInvariant, 100)]
    private static partial Regex CouponAfterKeyword();
}
