using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Rendering.Charts;
using ShopBot.Skills.Skills.Charts;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.Staff;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// Answers staff questions like "what price maximises profit for the desk lamp?" (intent <c>price_recommendation</c>):
/// fits the product's demand from its own daily sales (pooled across its category when its own price barely moved),
/// optimises the price within the configured constraints (margin, step, endings, competitor band) and
/// replies with the price, the evidence, the expected changes, the confidence range and a profit-versus-price chart.
/// When the data cannot support a price it says why. Shoppers get a refusal that reveals no costs or sales figures.
/// Sentences come from dialogs/responses/pricing.lg.
/// </summary>
public sealed class PriceRecommendationSkill : IDialog
{
    /// <summary>The intent answered.</summary>
    public const string Intent = "price_recommendation";

    /// <summary>Prefix of the per-reason templates, e.g. <c>PricingIssue_MissingCost</c>.</summary>
    public const string IssueTemplatePrefix = "PricingIssue_";

    private readonly StaffDirectory _staff;
    private readonly IProductStore _products;
    private readonly ISalesStore _sales;
    private readonly IResponseRenderer _responses;
    private readonly PriceRecommendationOptions _options;
    private readonly TimeProvider _time;
    private readonly DemandModelOptions _demandOptions = new();
    private readonly DemandTrainer _trainer;
    private readonly PriceOptimizer _optimizer;
    private readonly ChartDelivery _charts;

    /// <summary>Throws <see cref="ArgumentException"/> when the options are out of range.</summary>
    public PriceRecommendationSkill(StaffDirectory staff, IProductStore products, ISalesStore sales, IResponseRenderer responses,
        IOptions<PriceRecommendationOptions> options, TimeProvider time, ChartDelivery charts)
    {
        _charts = charts ?? throw new ArgumentNullException(nameof(charts));
        _staff = staff ?? throw new ArgumentNullException(nameof(staff));
        _products = products ?? throw new ArgumentNullException(nameof(products));
        _sales = sales ?? throw new ArgumentNullException(nameof(sales));
        _responses = responses ?? throw new ArgumentNullException(nameof(responses));
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _optimizer = new PriceOptimizer(_options.ToOptimizerOptions());
        _trainer = new DemandTrainer(_demandOptions);
    }

    /// <inheritdoc />
    public string Name => "price-recommendation";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Intent];

    /// <summary>How many unanswered "which product?" questions before the dialog gives up. 2.</summary>
    public const int MaximumRetries = 2;

    private const string ProductSlot = "product";

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await BeginAsync(turn, new DialogFrame { Name = Name }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        if (!await _staff.IsStaffAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.ReplyAsync(_responses, "PriceRecommendationStaffOnly", null, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Complete;
        }
        if (PricingEntities.ProductId(turn.Recognized?.Entities) is { } productId)
        {
            await AnswerAsync(turn, productId, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Complete;
        }
        frame.Awaiting = ProductSlot;
        await turn.ReplyAsync(_responses, "PriceRecommendationAskProduct", null, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Waiting;
    }

    /// <inheritdoc />
    public async Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        if (PricingEntities.ProductId(turn.Recognized?.Entities) is { } productId)
        {
            await AnswerAsync(turn, productId, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Complete;
        }
        if (++frame.Retries > MaximumRetries)
        {
            await turn.ReplyAsync(_responses, "PriceRecommendationGaveUp", null, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Complete;
        }
        await turn.ReplyAsync(_responses, "PriceRecommendationAskProductAgain", null, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Waiting;
    }

    /// <inheritdoc />
    public bool IsAnswer(ITurnContext turn, DialogFrame frame) =>
        frame?.Awaiting == ProductSlot && PricingEntities.ProductId(turn?.Recognized?.Entities) is not null;

    /// <inheritdoc />
    public Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
        turn.ReplyAsync(_responses, "PriceRecommendationAskProductAgain", null, cancellationToken);

    private async Task AnswerAsync(ITurnContext turn, long productId, CancellationToken cancellationToken)
    {
        var product = await _products.GetByIdAsync(productId, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            await turn.ReplyAsync(_responses, "PriceRecommendationUnknownProduct", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var days = await _sales.GetDailySalesAsync(product.Id, today.AddDays(-_options.HistoryDays), today.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var history = ToHistory(days);
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["product"] = product.Name,
            ["current"] = Money.Format(product.PriceCents, "GBP"),
            ["days"] = history.Length,
        };

        DemandModel model;
        try
        {
            model = history.Length > 0 && DemandTrainer.LogPriceStandardDeviation(history) < _demandOptions.MinimumPriceVariation
                ? await FitPooledAsync(product, history, today, data, cancellationToken).ConfigureAwait(false)
                : _trainer.Fit(history);
        }
        catch (ArgumentException)
        {
            await turn.ReplyAsync(_responses, "PriceRecommendationNoFit", data, cancellationToken).ConfigureAwait(false);
            return;
        }

        double cost = product.CostCents > 0 ? product.CostCents / 100.0 : double.NaN;
        var (competitorMin, competitorMax) = _options.CompetitorBounds(product.Sku);
        var request = new PricingRequest(cost, product.PriceCents / 100.0, CompetitorMinimum: competitorMin, CompetitorMaximum: competitorMax);
        var recommendation = _optimizer.Recommend(model, request);
        AddEvidence(data, model);
        data["pooled"] = model.IsPooled ? _responses.Render("PriceRecommendationPooled", data) : string.Empty;
        if (!recommendation.Supported)
        {
            data["reasons"] = string.Join(" ", recommendation.Issues.Select(i => _responses.Render(IssueTemplatePrefix + i, data)));
            await turn.ReplyAsync(_responses, "PriceRecommendationUnsupported", data, cancellationToken).ConfigureAwait(false);
            return;
        }

        AddOutcome(data, recommendation, product.Id);
        AddSentences(data, recommendation);
        var (svg, title) = Chart(model, request, recommendation, product.Name);
        var attachments = await _charts.AttachmentsAsync(turn, svg, "profit-vs-price.svg", title, cancellationToken).ConfigureAwait(false);
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = _responses.Render("PriceRecommendation", data),
            InputHint = InputHints.AcceptingInput,
            Attachments = attachments.Count > 0 ? [.. attachments] : null,
        };
        await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The product's own price barely moved: fit one elasticity across its category (product fixed effects), using the
    /// other products of the category that have history in the same window.
    /// </summary>
    private async Task<DemandModel> FitPooledAsync(Product product, DemandObservation[] own, DateOnly today, Dictionary<string, object?> data, CancellationToken cancellationToken)
    {
        var category = new Dictionary<string, IReadOnlyList<DemandObservation>>(StringComparer.Ordinal)
        {
            [product.Id.ToString(CultureInfo.InvariantCulture)] = own,
        };
        var others = await _products.SearchAsync(new ProductQuery { Category = product.Category, Limit = _options.MaximumPooledProducts }, cancellationToken).ConfigureAwait(false);
        foreach (var other in others.Where(o => o.Id != product.Id))
        {
            var days = await _sales.GetDailySalesAsync(other.Id, today.AddDays(-_options.HistoryDays), today.AddDays(-1), cancellationToken).ConfigureAwait(false);
            var history = ToHistory(days);
            if (history.Length > 0 && history.Any(d => d.Units > 0)) category[other.Id.ToString(CultureInfo.InvariantCulture)] = history;
        }
        data["category"] = product.Category;
        data["pooledProducts"] = category.Count;
        return _trainer.FitWithCategoryFallback(product.Id.ToString(CultureInfo.InvariantCulture), category);
    }

    private static DemandObservation[] ToHistory(IEnumerable<DailySale> days) =>
        days.Where(d => d.PriceCents > 0).OrderBy(d => d.Date)
            .Select(d => new DemandObservation(d.Date, d.PriceCents / 100.0, d.Units, d.OnPromotion)).ToArray();

    private static void AddEvidence(Dictionary<string, object?> data, DemandModel model)
    {
        data["elasticity"] = F(model.Elasticity, "F2");
        data["se"] = F(model.StandardError, "F2");
        data["r2"] = F(model.RSquared, "F2");
        data["n"] = model.Observations;
        data["variation"] = F(100 * model.PriceVariation, "F1");
        data["pvalue"] = F(model.PValue, "G2");
    }

    private static void AddOutcome(Dictionary<string, object?> data, PriceRecommendation r, long productId)
    {
        data["price"] = Pounds(r.RecommendedPrice!.Value);
        data["optimum"] = Pounds(r.UnconstrainedOptimalPrice!.Value);
        data["low"] = Pounds(r.ConfidenceLow!.Value);
        data["high"] = r.ConfidenceHigh is { } high ? Pounds(high) : null;
        data["unitsChange"] = Signed(r.UnitsChange!.Value, "F1");
        data["revenueChange"] = SignedPounds(r.RevenueChange!.Value);
        data["profitChange"] = SignedPounds(r.ProfitChange!.Value);
        data["units"] = F(r.Recommended!.Units, "F1");
        data["profit"] = Pounds(r.Recommended.Profit);
        data["constraints"] = string.Join(", ", r.BindingConstraints);
        data["productId"] = productId;
    }

    private void AddSentences(Dictionary<string, object?> data, PriceRecommendation r)
    {
        data["range"] = _responses.Render(r.ConfidenceHigh is null ? "PriceRecommendationRangeOpen" : "PriceRecommendationRange", data);
        data["binding"] = r.BindingConstraints.Count == 0 ? string.Empty : _responses.Render("PriceRecommendationConstrained", data);
    }

    private (string Svg, string Title) Chart(DemandModel model, PricingRequest request, PriceRecommendation r, string productName)
    {
        double recommended = r.RecommendedPrice!.Value;
        double low = Math.Max(request.UnitCost * 1.02, 0.6 * Math.Min(recommended, request.CurrentPrice));
        double high = 1.5 * Math.Max(recommended, request.CurrentPrice);
        if (!(high > low)) high = low * 2;
        var curve = PriceOptimizer.ProfitCurve(model, request, low, high, _options.ChartPoints);
        var values = new Dictionary<string, object?> { ["product"] = productName, ["price"] = Pounds(recommended) };
        var title = _responses.Render("PriceChartTitle", values);
        var svg = new XyChartWriter().Write(new XyChartData(
            title,
            _responses.Render("PriceChartXLabel", values),
            _responses.Render("PriceChartYLabel", values),
            [new XyChartSeries(_responses.Render("PriceChartSeries", values), curve.Select(c => c.Price).ToArray(), curve.Select(c => c.Profit).ToArray())],
            (recommended, r.Recommended!.Profit, _responses.Render("PriceChartMarker", values))));
        return (svg, title);
    }

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private static string Pounds(double v) => Money.Format((long)Math.Round(v * 100, MidpointRounding.AwayFromZero), "GBP");

    private static string SignedPounds(double v) => (v >= 0 ? "+" : string.Empty) + Pounds(v);

    private static string Signed(double v, string format) => (v >= 0 ? "+" : string.Empty) + F(v, format);
}
