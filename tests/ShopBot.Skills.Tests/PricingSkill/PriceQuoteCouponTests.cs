using ShopBot.Skills.Skills.Pricing;
using ShopBot.Skills.Skills.Pricing.Quotes;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class PriceQuoteCouponTests
{
    private const string Customer = "dl_customer_1";

    private static void Coupons(PriceQuoteOptions o)
    {
        var now = DateTimeOffset.UtcNow;
        o.Coupons.Add(new QuoteCoupon { Code = "SAVE10", PercentOff = 10, ValidFrom = now.AddDays(-10), ValidUntil = now.AddDays(10) });
        o.Coupons.Add(new QuoteCoupon { Code = "FIVEOFF", AmountOff = 5, MinimumOrder = 20 });
        o.Coupons.Add(new QuoteCoupon { Code = "BIGSPEND", AmountOff = 5, MinimumOrder = 50 });
        o.Coupons.Add(new QuoteCoupon { Code = "OLD10", PercentOff = 10, ValidFrom = now.AddDays(-30), ValidUntil = now.AddDays(-1) });
        o.Coupons.Add(new QuoteCoupon { Code = "ONCE", PercentOff = 20, SingleUsePerCustomer = true });
        o.Coupons.Add(new QuoteCoupon { Code = "NOPROMO", PercentOff = 10, CombinableWithPromotions = false });
    }

    // 25 notebooks (£5.99) to the UK with SAVE10: gross 149.75; 10+ tier 5% = 7.4875 -> 7.49; goods 142.2625; coupon 10%
    // = 14.22625 -> 14.23; after coupon 128.03625 >= £50 so shipping is free; VAT 20% = 25.60725 -> 25.61;
    // total 149.75 - 7.49 - 14.23 + 0 + 25.61 = 153.64.
    [Fact]
    public async Task Percent_coupon_is_applied_after_the_tier_exactly_and_stored()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons);
        var reply = Assert.Single(await chat.SayAsync("how much for 25 notebooks with coupon save10", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number(25)));

        Assert.Contains("Coupon SAVE10 takes £14.23 off.", reply.Text);
        Assert.Contains("£153.64", reply.Text);
        var facts = Facts(reply);
        Assert.Equal(new[] { "£149.75", "-£7.49", "-£14.23", "£0.00", "£25.61", "£153.64" }, facts);
        var stored = Assert.Single(await Stored(chat));
        Assert.Equal("SAVE10", stored.Quote.AppliedCoupon);
        Assert.Equal(14.23m, stored.Quote.CouponDiscount);
        Assert.Equal(153.64m, stored.Quote.Total);
    }

    // Desk lamp £34.99 with FIVEOFF (£5, minimum £20): after coupon 29.99 < £50 so shipping 3.99; VAT 20% of 33.98 =
    // 6.796 -> 6.80; total 34.99 - 5.00 + 3.99 + 6.80 = 40.78.
    [Fact]
    public async Task Fixed_coupon_above_its_minimum_is_applied()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons);
        var reply = Assert.Single(await chat.SayAsync("price of the desk lamp, I have the code FIVEOFF", "price_quote", PricingChat.Product(3, "Desk Lamp")));
        Assert.Equal(new[] { "£34.99", "-£5.00", "£3.99", "£6.80", "£40.78" }, Facts(reply));
    }

    // One notebook: 5.99 + shipping 3.99, VAT 20% of 9.98 = 1.996 -> 2.00, total 11.98: every refused coupon leaves this.
    [Theory]
    [InlineData("notebook price with code BIGSPEND", "needs an order of at least £50.00")]
    [InlineData("notebook price with coupon old10", "Coupon OLD10 expired on")]
    [InlineData("notebook price with coupon code NOPE42", "I don't recognise the coupon code NOPE42")]
    [InlineData("notebook price with code ONCE", "single-use per customer")]
    public async Task Refused_coupons_get_the_reason_and_the_quote_without_them(string text, string reason)
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons);
        var reply = Assert.Single(await chat.SayAsync(text, "price_quote", PricingChat.Product(4, "Notebook")));

        Assert.Contains(reason, reply.Text);
        Assert.Contains("£11.98", reply.Text);
        Assert.DoesNotContain("takes", reply.Text);
        var stored = Assert.Single(await Stored(chat));
        Assert.Null(stored.Quote.AppliedCoupon);
        Assert.Equal(0m, stored.Quote.CouponDiscount);
        Assert.Equal(11.98m, stored.Quote.Total);
        Assert.Single(stored.Quote.Rejected);
    }

    [Fact]
    public async Task Only_one_coupon_per_quote()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons);
        var reply = Assert.Single(await chat.SayAsync("desk lamp with FIVEOFF and SAVE10", "price_quote", PricingChat.Product(3, "Desk Lamp")));
        Assert.Contains("Coupon FIVEOFF takes £5.00 off.", reply.Text);
        Assert.Contains("Only one coupon per order: FIVEOFF is applied, so SAVE10 is not.", reply.Text);
        Assert.Contains("£40.78", reply.Text);
    }

    // ONCE is 20% off for a signed-in customer: 5.99 - 1.198 = 4.792; shipping 3.99; VAT 20% of 8.782 = 1.7564 -> 1.76;
    // coupon 1.198 -> 1.20; total 5.99 - 1.20 + 3.99 + 1.76 = 10.54. Once checkout has recorded the redemption, the
    // next quote refuses it.
    [Fact]
    public async Task Single_use_coupon_works_once_for_a_signed_in_customer()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons, shopperUserId: Customer);
        var first = Assert.Single(await chat.SayAsync("notebook price with code ONCE", "price_quote", PricingChat.Product(4, "Notebook")));
        Assert.Contains("£10.54", first.Text);
        var stored = Assert.Single(await Stored(chat, "1"));
        Assert.Equal("1", stored.CustomerId);

        var store = new QuoteStore(chat.Database);
        Assert.True(await store.RecordRedemptionAsync("1", "once", DateTimeOffset.UtcNow, "100300"));
        Assert.False(await store.RecordRedemptionAsync("1", "ONCE", DateTimeOffset.UtcNow, "100301"));

        var second = Assert.Single(await chat.SayAsync("notebook price with code ONCE", "price_quote", PricingChat.Product(4, "Notebook")));
        Assert.Contains("already been used on your account", second.Text);
        Assert.Contains("£11.98", second.Text);
    }

    // A 20% sale on the notebook today: line discount 1.198 -> 1.20, goods 4.792. SAVE10 takes 0.4792 -> 0.48; shipping
    // 3.99; VAT 20% of 8.3028 = 1.66056 -> 1.66; total 5.99 - 1.20 - 0.48 + 3.99 + 1.66 = 9.96. NOPROMO is refused on a
    // sale item: VAT 20% of 8.782 = 1.7564 -> 1.76; total 5.99 - 1.20 + 3.99 + 1.76 = 10.54.
    [Theory]
    [InlineData("SAVE10", "Coupon SAVE10 takes £0.48 off.", "£9.96")]
    [InlineData("NOPROMO", "Coupon NOPROMO can't be combined with the sale price", "£10.54")]
    public async Task Coupons_on_a_sale_item_stack_only_when_allowed(string code, string sentence, string total)
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, quotes: Coupons);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var connection = await chat.Database.OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM promotions WHERE product_id = 4; INSERT INTO promotions (id, product_id, percent_off, start_date, end_date) VALUES (999999, 4, 20, $start, $end)";
            command.Parameters.AddWithValue("$start", today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$end", today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync();
        }

        var reply = Assert.Single(await chat.SayAsync($"notebook price with code {code}", "price_quote", PricingChat.Product(4, "Notebook")));

        Assert.Contains(sentence, reply.Text);
        Assert.Contains(total, reply.Text);
    }

    [Fact]
    public void Codes_are_found_as_words_configured_in_any_case_unknown_only_in_capitals_after_a_keyword()
    {
        Coupon[] known = [new("SAVE10", DiscountKind.Percent, 10, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)];
        Assert.Equal(["SAVE10"], QuoteText.FindCouponCodes("use save10 please", known));
        Assert.Empty(QuoteText.FindCouponCodes("use xsave10 please", known));
        Assert.Equal(["ABC123", "SAVE10"], QuoteText.FindCouponCodes("voucher code ABC123 or Save10", known));
        Assert.Empty(QuoteText.FindCouponCodes("do you have a coupon for me", known));
        Assert.Empty(QuoteText.FindCouponCodes(null, known));
    }

    [Fact]
    public void A_coupon_needs_exactly_one_amount()
    {
        Assert.Throws<ArgumentException>(() => new QuoteCoupon { Code = "X", PercentOff = 5, AmountOff = 5 }.ToCoupon());
        Assert.Throws<ArgumentException>(() => new QuoteCoupon { Code = "X" }.ToCoupon());
        Assert.Throws<ArgumentException>(() => new QuoteCoupon { PercentOff = 5 }.ToCoupon());
        var options = new PriceQuoteOptions();
        options.Coupons.Add(new QuoteCoupon { Code = "BAD", PercentOff = 150 });
        Assert.Throws<ArgumentException>(options.Validate);
    }

    private static string[] Facts(ShopBot.Skills.Conversation.Activity reply) =>
        Assert.Single(reply.Attachments!).Content!.Value.GetProperty("body")[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("value").GetString()!).ToArray();

    private static async Task<IReadOnlyList<StoredQuote>> Stored(PricingChat chat, string? customer = null) =>
        await new QuoteStore(chat.Database).FindAsync(chat.ConversationId, customer, DateTimeOffset.UtcNow.AddDays(-2));
}
