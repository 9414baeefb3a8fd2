using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.Pricing.Quotes;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// Answers shoppers' "how much for 25 notebooks shipped to Texas?" (intent <c>price_quote</c>): product from the
/// <c>product</c> entity, quantity from <c>quantity</c>/<c>number</c> (default 1), destination from the configured
/// region table named in the message (default region otherwise), currency from the <c>currency</c> entity (default the
/// shop's). The <see cref="QuoteCalculator"/> prices it with the shop's price, running promotions, bulk tiers,
/// shipping and tax; the reply is an Adaptive card and the quote is stored in the <see cref="QuoteStore"/>. Bad input
/// gets a clear answer and nothing is stored. No cost, margin or sales figure is ever shown.
/// </summary>
public sealed class PriceQuoteSkill : ISkill
{
    /// <summary>The intent answered.</summary>
    public const string Intent = "price_quote";

    private readonly IProductStore _products;
    private readonly ISalesStore _sales;
    private readonly QuoteStore _quotes;
    private readonly IResponseRenderer _responses;
    private readonly PriceQuoteOptions _options;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _initialized;
    private readonly CustomerIdentity? _identity;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the options are out of range. <paramref name="identity"/> (optional)
    /// tells who a signed-in or verified shopper is, which single-use coupons need.
    /// </summary>
    public PriceQuoteSkill(IProductStore products, ISalesStore sales, QuoteStore quotes, IResponseRenderer responses, IOptions<PriceQuoteOptions> options, TimeProvider time, CustomerIdentity? identity = null)
    {
        _identity = identity;
        _products = products ?? throw new ArgumentNullException(nameof(products));
        _sales = sales ?? throw new ArgumentNullException(nameof(sales));
        _quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        _responses = responses ?? throw new ArgumentNullException(nameof(responses));
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _initialized = new Lazy<Task>(() => _quotes.InitializeAsync(_time));
    }

    /// <inheritdoc />
    public string Name => "price-quote";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Intent];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var entities = turn.Recognized?.Entities;
        if (QuoteText.AsksForEarlierQuote(turn.Activity.Text) is { } reference)
        {
            await RetrieveAsync(turn, reference.Id, cancellationToken).ConfigureAwait(false);
            return;
        }
        var productId = PricingEntities.ProductId(entities);
        var product = productId is { } requested
            ? await _products.GetByIdAsync(requested, cancellationToken).ConfigureAwait(false)
            : await FindByWordAsync(entities, cancellationToken).ConfigureAwait(false);
        if (productId is null && product is null)
        {
            await turn.ReplyAsync(_responses, "QuoteAskProduct", null, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (product is null)
        {
            await turn.ReplyAsync(_responses, "QuoteUnknownProduct", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["product"] = product.Name, ["maximum"] = _options.MaximumQuantity };
        decimal quantity = PricingEntities.Quantity(entities) ?? 1m;
        if (quantity != decimal.Truncate(quantity) || quantity < 1 || quantity > _options.MaximumQuantity)
        {
            data["quantity"] = quantity.ToString(CultureInfo.InvariantCulture);
            await turn.ReplyAsync(_responses, "QuoteBadQuantity", data, cancellationToken).ConfigureAwait(false);
            return;
        }

        var region = FindRegion(turn.Activity.Text) ?? _options.DefaultRegion;
        string currency = PricingEntities.Currency(entities) ?? _options.BaseCurrency;
        var now = _time.GetUtcNow();
        var promotions = await ActivePromotionsAsync(product, now, cancellationToken).ConfigureAwait(false);
        var rules = _options.Rules([new QuoteProduct(product.Id.ToString(CultureInfo.InvariantCulture), product.Name, product.PriceCents / 100m)], promotions);
        var codes = QuoteText.FindCouponCodes(turn.Activity.Text, rules.Coupons);
        string? customerId = null;
        ICouponRedemptions? redemptions = null;
        if (_identity is not null && await _identity.GetAsync(turn, cancellationToken).ConfigureAwait(false) is { } customer)
        {
            customerId = customer.Id.ToString(CultureInfo.InvariantCulture);
            if (codes.Count > 0)
            {
                await _initialized.Value.ConfigureAwait(false);
                redemptions = await _quotes.GetRedemptionsAsync(customerId, cancellationToken).ConfigureAwait(false);
            }
        }
        var calculator = new QuoteCalculator(rules, new QuoteOptions { BaseCurrency = _options.BaseCurrency, ValidFor = _options.ValidFor, MaximumQuantity = _options.MaximumQuantity }, _time, redemptions);
        var request = new QuoteRequest([new QuoteRequestLine(product.Id.ToString(CultureInfo.InvariantCulture), (int)quantity)], region, _options.ShippingMethod, currency,
            codes.Count > 0 ? codes : null, customerId);
        var result = calculator.Calculate(request, now);
        if (result.Quote is not { } quote)
        {
            data["currency"] = currency;
            data["region"] = region;
            await turn.ReplyAsync(_responses, result.Error == QuoteErrorCode.UnknownCurrency ? "QuoteUnknownCurrency" : "QuoteFailed", data, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _initialized.Value.ConfigureAwait(false);
        var conversationId = turn.Activity.Conversation?.Id ?? throw new InvalidOperationException("A quote needs a conversation id.");
        long id = await _quotes.SaveAsync(conversationId, customerId, request, quote, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Card(quote, id, region, CouponSentences(quote, rules.Coupons)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finds a stored quote of this conversation or of the known customer (never anyone else's): by number, else the
    /// newest of the last <see cref="PriceQuoteOptions.RetrievalDays"/> days, narrowed to the day a date entity names
    /// ("yesterday") and to the product a product entity (or a product word: "the notebooks") names. Shows it as it was given, and whether it is still valid.
    /// </summary>
    private async Task RetrieveAsync(ITurnContext turn, long? id, CancellationToken cancellationToken)
    {
        await _initialized.Value.ConfigureAwait(false);
        var conversationId = turn.Activity.Conversation?.Id ?? throw new InvalidOperationException("A quote needs a conversation id.");
        string? customerId = _identity is not null && await _identity.GetAsync(turn, cancellationToken).ConfigureAwait(false) is { } customer
            ? customer.Id.ToString(CultureInfo.InvariantCulture) : null;
        var now = _time.GetUtcNow();
        var entities = turn.Recognized?.Entities;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id };
        StoredQuote? found;
        if (id is { } number)
        {
            found = await _quotes.GetAsync(number, cancellationToken).ConfigureAwait(false);
            bool mine = found is not null && (found.ConversationId == conversationId || (customerId is not null && found.CustomerId == customerId));
            if (!mine)
            {
                await turn.ReplyAsync(_responses, "QuoteNotFoundNumber", data, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        else
        {
            var candidates = await _quotes.FindAsync(conversationId, customerId, now.AddDays(-_options.RetrievalDays), 50, cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var day = PricingEntities.PastDay(entities, today);
            var productId = PricingEntities.ProductId(entities)?.ToString(CultureInfo.InvariantCulture);
            var words = productId is null ? PricingEntities.ProductWords(entities, exactOnly: true).Select(w => w.EndsWith('s') ? w[..^1] : w).ToArray() : [];
            found = candidates.FirstOrDefault(q =>
                (day is null || DateOnly.FromDateTime(q.Quote.QuotedAt.UtcDateTime) == day)
                && (productId is null || q.Request.Lines.Any(l => l.ProductId == productId))
                && (words.Length == 0 || q.Quote.Lines.Any(l => words.Any(w => l.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))));
            if (found is null)
            {
                data["day"] = day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
                data["days"] = _options.RetrievalDays;
                await turn.ReplyAsync(_responses, day is null ? "QuoteNotFound" : "QuoteNotFoundOnDay", data, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var quote = found!.Quote;
        var line = quote.Lines[0];
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = found.Id,
            ["quotedAt"] = quote.QuotedAt.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ["quantity"] = line.Quantity,
            ["product"] = line.Description,
            ["region"] = found.Request.Region,
            ["total"] = Format(quote.Total, quote.Currency),
            ["validUntil"] = quote.ValidUntil.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        };
        values["validity"] = _responses.Render(now < quote.ValidUntil ? "QuoteRetrievedValid" : "QuoteRetrievedExpired", values);
        await turn.SendAsync(Card(quote, found.Id, found.Request.Region, string.Empty, _responses.Render("QuoteRetrieved", values)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One sentence per offered coupon: applied (with the amount) or refused (with the reason).</summary>
    private string CouponSentences(Quote quote, IReadOnlyList<Coupon> coupons)
    {
        var sentences = new List<string>();
        if (quote.AppliedCoupon is { } applied)
            sentences.Add(_responses.Render("QuoteCouponApplied", new Dictionary<string, object?> { ["code"] = applied, ["amount"] = Format(quote.CouponDiscount, quote.Currency) }));
        foreach (var rejection in quote.Rejected)
        {
            var coupon = coupons.FirstOrDefault(c => string.Equals(c.Code, rejection.Item, StringComparison.OrdinalIgnoreCase));
            sentences.Add(_responses.Render("QuoteCoupon_" + rejection.Reason, new Dictionary<string, object?>
            {
                ["code"] = rejection.Item,
                ["from"] = coupon?.ValidFrom.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                ["until"] = coupon?.ValidUntil.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                ["minimum"] = coupon is null ? null : Format(coupon.MinimumOrder, _options.BaseCurrency),
                ["applied"] = quote.AppliedCoupon,
            }));
        }
        return string.Join(" ", sentences);
    }

    /// <summary>The product a quantity unit or product type names ("25 notebooks"): an exact name match, or the only hit.</summary>
    private async Task<Product?> FindByWordAsync(IReadOnlyList<Nlu.EntityMatch>? entities, CancellationToken cancellationToken)
    {
        foreach (var word in PricingEntities.ProductWords(entities))
        {
            var singular = word.EndsWith('s') ? word[..^1] : word;
            var hits = await _products.SearchAsync(new ProductQuery { Text = singular, Limit = 20 }, cancellationToken).ConfigureAwait(false);
            var exact = hits.Where(p => string.Equals(p.Name, singular, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, word, StringComparison.OrdinalIgnoreCase)).ToList();
            if (exact.Count == 1) return exact[0];
            if (hits.Count == 1) return hits[0];
        }
        return null;
    }

    private string? FindRegion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var region in _options.AllRegions)
            foreach (var name in region.Aliases.Prepend(region.Name))
            {
                // Short upper-case aliases (TX, CA) only count when written in capitals, so "ca" in a word never matches.
                var options = name.Length <= 2 ? RegexOptions.None : RegexOptions.IgnoreCase;
                if (Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", options | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))) return region.Name;
            }
        return null;
    }

    private async Task<IReadOnlyList<Quotes.Promotion>> ActivePromotionsAsync(Product product, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var running = await _sales.GetPromotionsAsync(product.Id, today, today, cancellationToken).ConfigureAwait(false);
        string id = product.Id.ToString(CultureInfo.InvariantCulture);
        return running.Select(p => new Quotes.Promotion(
            "promo-" + p.Id.ToString(CultureInfo.InvariantCulture),
            _responses.Render("QuotePromotionName", new Dictionary<string, object?> { ["percent"] = p.PercentOff }),
            DiscountKind.Percent, p.PercentOff,
            new DateTimeOffset(p.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(p.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            [id])).ToArray();
    }

    private Activity Card(Quote quote, long id, string region, string couponSentences, string? text = null)
    {
        string M(decimal v) => Format(v, quote.Currency);
        var line = quote.Lines[0];
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["product"] = line.Description,
            ["quantity"] = line.Quantity,
            ["unitPrice"] = M(line.UnitPrice),
            ["subtotal"] = M(quote.Subtotal),
            ["discounts"] = M(quote.Discounts),
            ["discountNames"] = string.Join(", ", line.AppliedDiscounts),
            ["shipping"] = M(quote.Shipping),
            ["tax"] = M(quote.Tax),
            ["total"] = M(quote.Total),
            ["region"] = region,
            ["validUntil"] = quote.ValidUntil.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        };
        var facts = new List<object>
        {
            Fact("QuoteCardLine", data, M(line.Gross)),
        };
        if (quote.LineDiscounts != 0) facts.Add(Fact("QuoteCardDiscounts", data, "-" + M(quote.LineDiscounts)));
        if (quote.CouponDiscount != 0)
        {
            data["coupon"] = quote.AppliedCoupon;
            facts.Add(Fact("QuoteCardCoupon", data, "-" + M(quote.CouponDiscount)));
        }
        facts.Add(Fact("QuoteCardShipping", data, M(quote.Shipping)));
        facts.Add(Fact("QuoteCardTax", data, M(quote.Tax)));
        facts.Add(Fact("QuoteCardTotal", data, M(quote.Total)));
        var card = new Dictionary<string, object?>
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["body"] = new object[]
            {
                new Dictionary<string, object?> { ["type"] = "TextBlock", ["text"] = _responses.Render("QuoteCardTitle", data), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new Dictionary<string, object?> { ["type"] = "FactSet", ["facts"] = facts },
                new Dictionary<string, object?> { ["type"] = "TextBlock", ["text"] = _responses.Render("QuoteCardValidity", data), ["isSubtle"] = true, ["wrap"] = true },
            },
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text ?? (couponSentences.Length == 0 ? _responses.Render("QuoteSummary", data) : couponSentences + " " + _responses.Render("QuoteSummary", data)),
            InputHint = InputHints.AcceptingInput,
            Attachments = [new Attachment { ContentType = AttachmentContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) }],
        };
    }

    private Dictionary<string, object?> Fact(string template, Dictionary<string, object?> data, string value) =>
        new() { ["title"] = _responses.Render(template, data), ["value"] = value };

    /// <summary>Formats an amount of <paramref name="currency"/>: £12.50, $3.00, €4.10, 1,900 JPY.</summary>
    internal static string Format(decimal amount, string currency) =>
        amount == decimal.Round(amount, 2) && currency is "GBP" or "USD" or "EUR"
            ? Money.Format((long)(amount * 100), currency)
            : $"{amount.ToString("#,##0.##", CultureInfo.InvariantCulture)} {currency}";
}
