using System.Globalization;

namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>
/// Prices an order: the one calculation both the quote skill and checkout call, so a quote equals what checkout charges
/// by construction (checkout uses <see cref="CalculateForCheckout"/>, which re-prices at the quote's instant while the
/// quote is valid: same request, same rules, same instant, same numbers).
/// <para>
/// Order of rules, all in exact USD decimals: list price x quantity; the best running promotion on each line (percent or
/// fixed per unit); the highest quantity tier on what is left of the line; one coupon on the discounted goods; shipping
/// (free from the threshold, judged on goods after the coupon); tax on goods after the coupon, plus shipping where the
/// region taxes it. Then, at the end, every amount is converted to the requested currency and rounded to its minor unit
/// (<see cref="QuoteOptions.Midpoint"/>, <see cref="QuoteOptions.Rounding"/>). Because lines are converted from exact
/// USD, a converted line's Gross can differ from UnitPrice x Quantity by a rounding unit; in USD it never does.
/// </para>
/// </summary>
public sealed class QuoteCalculator
{
    private readonly QuoteRules _rules;
    private readonly QuoteOptions _options;
    private readonly TimeProvider _time;
    private readonly ICouponRedemptions? _redemptions;

    /// <summary>Creates a calculator; throws <see cref="ArgumentException"/> when the rules or options are invalid.</summary>
    public QuoteCalculator(QuoteRules rules, QuoteOptions? options = null, TimeProvider? time = null, ICouponRedemptions? redemptions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _options = options ?? new QuoteOptions();
        _options.Validate();
        rules.Validate(_options.BaseCurrency);
        _rules = rules;
        _time = time ?? TimeProvider.System;
        _redemptions = redemptions;
    }

    /// <summary>Prices <paramref name="request"/> now.</summary>
    public QuoteResult Calculate(QuoteRequest request) => Calculate(request, _time.GetUtcNow());

    /// <summary>
    /// What checkout charges for <paramref name="request"/>: while <paramref name="acceptedQuote"/> is still valid, exactly
    /// that quote (re-priced at its <see cref="Quote.QuotedAt"/>); after it expires, today's price.
    /// </summary>
    public QuoteResult CalculateForCheckout(QuoteRequest request, Quote? acceptedQuote)
    {
        var now = _time.GetUtcNow();
        return acceptedQuote is not null && now < acceptedQuote.ValidUntil
            ? Calculate(request, acceptedQuote.QuotedAt)
            : Calculate(request, now);
    }

    /// <summary>Prices <paramref name="request"/> as of <paramref name="pricedAt"/>. Bad input gives a failed result, never an exception.</summary>
    public QuoteResult Calculate(QuoteRequest request, DateTimeOffset pricedAt)
    {
        if (request?.Lines is null || request.Lines.Count == 0) return QuoteResult.Fail(QuoteErrorCode.NoLines, "The request has no products to price.");

        var merged = new List<(QuoteProduct Product, int Quantity)>();
        foreach (var line in request.Lines)
        {
            if (line is null || line.Quantity <= 0)
                return QuoteResult.Fail(QuoteErrorCode.InvalidQuantity, $"The quantity of '{line?.ProductId}' must be at least 1, was {line?.Quantity}.");
            var product = _rules.Products.FirstOrDefault(p => string.Equals(p.Id, line.ProductId, StringComparison.OrdinalIgnoreCase));
            if (product is null) return QuoteResult.Fail(QuoteErrorCode.UnknownProduct, $"There is no product '{line.ProductId}'.");
            int index = merged.FindIndex(m => m.Product == product);
            long quantity = (long)line.Quantity + (index >= 0 ? merged[index].Quantity : 0);
            if (quantity > _options.MaximumQuantity)
                return QuoteResult.Fail(QuoteErrorCode.QuantityTooLarge, $"{quantity} of '{product.Id}' is more than the {_options.MaximumQuantity} a quote can cover.");
            if (index >= 0) merged[index] = (product, (int)quantity);
            else merged.Add((product, (int)quantity));
        }

        string currencyCode = (request.Currency ?? _options.BaseCurrency).Trim().ToUpperInvariant();
        var currency = string.Equals(currencyCode, _options.BaseCurrency, StringComparison.OrdinalIgnoreCase)
            ? new CurrencyRate(_options.BaseCurrency, 1m, 2)
            : _rules.Currencies.FirstOrDefault(c => string.Equals(c.Code, currencyCode, StringComparison.OrdinalIgnoreCase));
        if (currency is null) return QuoteResult.Fail(QuoteErrorCode.UnknownCurrency, $"Prices cannot be quoted in '{request.Currency}'.");
        var shipping = _rules.ShippingRates.FirstOrDefault(s =>
            string.Equals(s.Region, request.Region, StringComparison.OrdinalIgnoreCase) && string.Equals(s.Method, request.ShippingMethod, StringComparison.OrdinalIgnoreCase));
        if (shipping is null) return QuoteResult.Fail(QuoteErrorCode.UnknownShipping, $"There is no '{request.ShippingMethod}' shipping to '{request.Region}'.");
        var tax = _rules.TaxRates.FirstOrDefault(t => string.Equals(t.Region, request.Region, StringComparison.OrdinalIgnoreCase));
        if (tax is null) return QuoteResult.Fail(QuoteErrorCode.UnknownTaxRegion, $"There is no tax rate for '{request.Region}'.");

        var lines = new List<ExactLine>(merged.Count);
        bool anyPromotion = false;
        foreach (var (product, quantity) in merged)
        {
            var line = PriceLine(product, quantity, pricedAt);
            anyPromotion |= line.HasPromotion;
            lines.Add(line);
        }
        decimal goods = lines.Sum(l => l.Gross - l.Discount);

        var rejected = new List<QuoteRejection>();
        var coupon = ChooseCoupon(request, goods, anyPromotion, pricedAt, rejected);
        decimal couponDiscount = coupon is null ? 0m
            : coupon.Kind == DiscountKind.Percent ? goods * coupon.Amount / 100m
            : Math.Min(coupon.Amount, goods);
        decimal afterCoupon = goods - couponDiscount;

        int units = merged.Sum(m => m.Quantity);
        decimal weight = merged.Sum(m => m.Product.WeightKg * m.Quantity);
        decimal shippingCharge = shipping.FreeShippingThreshold is { } threshold && afterCoupon >= threshold
            ? 0m
            : shipping.Flat + shipping.PerItem * units + shipping.PerKg * weight;
        decimal taxAmount = (afterCoupon + (tax.TaxesShipping ? shippingCharge : 0m)) * tax.RatePercent / 100m;

        return new QuoteResult(Present(lines, couponDiscount, shippingCharge, taxAmount, currency, pricedAt, coupon?.Code, rejected), null, null);
    }

    private ExactLine PriceLine(QuoteProduct product, int quantity, DateTimeOffset at)
    {
        decimal gross = product.UnitPrice * quantity;
        var applied = new List<string>();
        Promotion? best = null;
        decimal bestPerUnit = 0m;
        foreach (var promotion in _rules.Promotions)
        {
            if (!promotion.AppliesTo(product.Id, at)) continue;
            decimal perUnit = promotion.Kind == DiscountKind.Percent
                ? product.UnitPrice * promotion.Amount / 100m
                : Math.Min(promotion.Amount, product.UnitPrice);
            if (best is null || perUnit > bestPerUnit)
            {
                best = promotion;
                bestPerUnit = perUnit;
            }
        }
        decimal promotionDiscount = bestPerUnit * quantity;
        if (best is not null)
            applied.Add(best.Kind == DiscountKind.Percent
                ? $"{best.Description}: {best.Amount.ToString(CultureInfo.InvariantCulture)}% off"
                : $"{best.Description}: {best.Amount.ToString(CultureInfo.InvariantCulture)} {_options.BaseCurrency} off each");

        var tier = _rules.QuantityTiers.Where(t => t.MinimumQuantity <= quantity).MaxBy(t => t.MinimumQuantity);
        decimal tierDiscount = tier is null ? 0m : (gross - promotionDiscount) * tier.DiscountPercent / 100m;
        if (tier is not null)
            applied.Add($"{tier.MinimumQuantity}+ units: {tier.DiscountPercent.ToString(CultureInfo.InvariantCulture)}% off");
        return new ExactLine(product, quantity, gross, promotionDiscount + tierDiscount, best is not null, applied);
    }

    private Coupon? ChooseCoupon(QuoteRequest request, decimal goods, bool anyPromotion, DateTimeOffset at, List<QuoteRejection> rejected)
    {
        Coupon? chosen = null;
        var offered = (request.CouponCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (string code in offered)
        {
            var coupon = _rules.Coupons.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            var problem = coupon is null ? (QuoteRejectionReason.UnknownCoupon, $"There is no coupon '{code}'.")
                : at < coupon.ValidFrom ? (QuoteRejectionReason.CouponNotYetValid, $"Coupon '{code}' is valid from {coupon.ValidFrom:yyyy-MM-dd HH:mm} UTC.")
                : at >= coupon.ValidUntil ? (QuoteRejectionReason.CouponExpired, $"Coupon '{code}' expired on {coupon.ValidUntil:yyyy-MM-dd HH:mm} UTC.")
                : goods < coupon.MinimumOrder ? (QuoteRejectionReason.BelowMinimumOrder, $"Coupon '{code}' needs an order of at least {coupon.MinimumOrder.ToString(CultureInfo.InvariantCulture)} {_options.BaseCurrency}.")
                : coupon.SingleUsePerCustomer && string.IsNullOrWhiteSpace(request.CustomerId) ? (QuoteRejectionReason.CouponNeedsCustomer, $"Coupon '{code}' is single-use and needs you to be signed in.")
                : coupon.SingleUsePerCustomer && _redemptions?.HasRedeemed(request.CustomerId!, coupon.Code) == true ? (QuoteRejectionReason.CouponAlreadyUsed, $"Coupon '{code}' has already been used on your account.")
                : !coupon.CombinableWithPromotions && anyPromotion ? (QuoteRejectionReason.CouponNotCombinable, $"Coupon '{code}' cannot be combined with a running promotion.")
                : chosen is not null ? (QuoteRejectionReason.OneCouponPerQuote, $"Only one coupon per order; '{chosen.Code}' is already applied.")
                : ((QuoteRejectionReason, string)?)null;
            if (problem is { } p) rejected.Add(new QuoteRejection(code, p.Item1, p.Item2));
            else chosen = coupon;
        }
        return chosen;
    }

    private Quote Present(List<ExactLine> lines, decimal coupon, decimal shipping, decimal tax, CurrencyRate currency, DateTimeOffset at, string? couponCode, List<QuoteRejection> rejected)
    {
        decimal Round(decimal usd) => Math.Round(usd * currency.UnitsPerUsd, currency.DecimalPlaces, _options.Midpoint);

        var shown = new List<QuoteLine>(lines.Count);
        foreach (var l in lines)
        {
            decimal gross = Round(l.Gross), discount = Round(l.Discount);
            shown.Add(new QuoteLine(l.Product.Id, l.Product.Name, l.Quantity, Round(l.Product.UnitPrice), gross, discount, gross - discount, l.Applied));
        }
        decimal subtotal = _options.Rounding == QuoteRounding.PerLine ? shown.Sum(l => l.Gross) : Round(lines.Sum(l => l.Gross));
        decimal lineDiscounts = _options.Rounding == QuoteRounding.PerLine ? shown.Sum(l => l.Discount) : Round(lines.Sum(l => l.Discount));
        decimal couponShown = Round(coupon), shippingShown = Round(shipping), taxShown = Round(tax);
        decimal discounts = lineDiscounts + couponShown;
        return new Quote(
            shown, subtotal, lineDiscounts, couponShown, discounts, shippingShown, taxShown,
            subtotal - discounts + shippingShown + taxShown, currency.Code.ToUpperInvariant(), currency.UnitsPerUsd,
            at, at + _options.ValidFor, couponCode, rejected);
    }

    private sealed record ExactLine(QuoteProduct Product, int Quantity, decimal Gross, decimal Discount, bool HasPromotion, IReadOnlyList<string> Applied);
}
