using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Inventory;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.Staff;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// check_stock (shoppers and staff): in stock ("only a few left" at or below
/// <see cref="ForecastSkillOptions.LowStockThreshold"/>), or out of stock with the restock date, taken from a known
/// inbound delivery or else estimated from the supplier lead time and said to be an estimate
/// (<see cref="RestockEstimator"/>). Shoppers see no unit counts, sales, costs or forecasts; staff also get a second
/// message with the units on hand and inbound. Templates: dialogs/responses/forecasts.lg.
/// </summary>
public sealed class CheckStockSkill(IProductStore products, StaffDirectory staff, TimeProvider time,
    IResponseRenderer responses, IOptions<ForecastSkillOptions> options) : ProductDialog(products, responses, options)
{
    /// <inheritdoc />
    public override string Name => "check_stock";

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Intents => ["check_stock"];

    /// <inheritdoc />
    protected override string TemplatePrefix => "Stock";

    /// <inheritdoc />
    protected override async Task AnswerAsync(ITurnContext turn, DialogFrame frame, Product product, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["product"] = product.Name };
        string template;
        if (product.InStock)
        {
            template = product.Stock <= Options.LowStockThreshold ? "StockLow" : "StockInStock";
        }
        else
        {
            var restock = RestockEstimator.Estimate(today, product.RestockDate, product.SupplierLeadTimeDays);
            data["date"] = restock.Date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
            template = restock.IsEstimate ? "StockBackEstimate" : "StockBackOn";
        }

        await turn.ReplyAsync(Responses, template, data, cancellationToken).ConfigureAwait(false);
        if (await staff.IsStaffAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.ReplyAsync(Responses, "StockStaffDetail", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["product"] = product.Name,
                ["sku"] = product.Sku,
                ["stock"] = product.Stock.ToString(CultureInfo.InvariantCulture),
                ["inbound"] = product.InboundQuantity.ToString(CultureInfo.InvariantCulture),
                ["leadTime"] = product.SupplierLeadTimeDays.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
