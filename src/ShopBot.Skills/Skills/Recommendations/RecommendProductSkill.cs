using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.Orders;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// recommend_product: a carousel of products under the shopper's constraints (product type, colour, brand, price,
/// in stock), personal for a verified customer and popular otherwise. The dialog then stays open for follow-ups:
/// "cheaper" (below the cheapest shown), "in black" and other refinements, "more like the second one", "tell me
/// about X" (the Details button). A message that is none of these ends it.
/// </summary>
public sealed class RecommendProductSkill(
    RecommenderService recommender,
    CustomerIdentity identity,
    IInteractionStore interactions,
    IResponseRenderer responses,
    IOptions<RecommendationOptions> options) : IDialog
{
    private const string QueryKey = "query";
    private const string AwaitFollowUp = "follow_up";

    /// <summary>Conversation state key of the products the shopper looked at closely here (details, "more like"), newest last.</summary>
    public const string RecentKey = "recommendations.recent";

    private const int MaxRecent = 10;
    private readonly RecommendationOptions _options = options.Value;
    private readonly ShopperAskReader _reader = new(options.Value);
    private readonly RecommendationCards _cards = new(responses, options.Value);

    /// <inheritdoc />
    public string Name => "recommend_product";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents => ["recommend_product"];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        BeginAsync(turn, new DialogFrame { Name = Name }, cancellationToken);

    /// <inheritdoc />
    public Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        var ask = Read(turn);
        var query = ask.GoesWith ? new RecommendationQuery { BoughtWith = ask.ProductId } : new RecommendationQuery { SimilarTo = ask.ProductId };
        query.Apply(ask);
        return ShowAsync(turn, frame, query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        var ask = Read(turn);
        var query = frame.Get<RecommendationQuery>(QueryKey) ?? new RecommendationQuery();
        var picked = Pick(ask, query);
        if (ask.Ordinal is not null && picked is null)
        {
            await turn.ReplyAsync(responses, "RecommendNoSuchItem", new { count = query.Shown.Count }, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }
        if (picked is { } id && !ask.Similar && !ask.Cheaper && !ask.IsRefinement)
            return await DetailsAsync(turn, id, cancellationToken).ConfigureAwait(false);
        if (!ask.IsFollowUp && picked is null)
        {
            await turn.ReplyAsync(responses, "RecommendFollowUpUnclear", null, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Complete;
        }

        if (picked is { } interest)
        {
            (query.SimilarTo, query.BoughtWith) = (interest, null);
            Remember(turn, interest);
        }
        query.Apply(ask);
        if (ask.Cheaper && Cheapest(query) is { } cheapest)
        {
            // Below everything shown: a lower bound the shopper gave before no longer makes sense.
            query.MaxCents = cheapest - 1;
            query.MinCents = null;
        }
        return await ShowAsync(turn, frame, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True for messages that are clearly follow-ups even when the NLU names another skill's intent: "cheaper" (often
    /// price_quote), "more like ...", and narrowing the request without naming a product ("only in stock" is
    /// check_stock). Ordinals and product names alone are not claimed: "where is my second order" belongs to the order
    /// skills; intents no skill owns (out_of_scope, product_info) reach <see cref="ContinueAsync"/> anyway.
    /// </summary>
    public bool IsAnswer(ITurnContext turn, DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var ask = Read(turn);
        return ask.Cheaper || ask.Similar || (ask.IsRefinement && ask.ProductId is null);
    }

    /// <summary>The carousel stays on screen; after another question nothing needs asking again.</summary>
    public Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) => Task.CompletedTask;

    private ShopperAsk Read(ITurnContext turn) => _reader.Read(turn.Activity.Text, turn.Recognized?.Entities);

    /// <summary>The product a follow-up points at: by position in the last carousel, or by name.</summary>
    private static long? Pick(ShopperAsk ask, RecommendationQuery query)
    {
        if (ask.Ordinal is { } n)
        {
            var index = n == -1 ? query.Shown.Count - 1 : n - 1;
            return index >= 0 && index < query.Shown.Count ? query.Shown[index] : null;
        }
        return ask.ProductId;
    }

    private long? Cheapest(RecommendationQuery query)
    {
        var prices = query.Shown.Select(id => recommender.Product(RecommenderTrainingData.Id(id))?.PriceCents).OfType<long>().ToList();
        return prices.Count > 0 ? prices.Min() : null;
    }

    private async Task<DialogStatus> ShowAsync(ITurnContext turn, DialogFrame frame, RecommendationQuery query, CancellationToken cancellationToken)
    {
        frame.Awaiting = AwaitFollowUp;
        var customer = await identity.GetAsync(turn, cancellationToken).ConfigureAwait(false);
        var constraints = query.ToConstraints();
        IReadOnlyList<Recommendation> found = [];
        try
        {
            if (query.BoughtWith is { } with)
            {
                found = recommender.BoughtWith(with, constraints, _options.Count);
                // Nobody bought anything with it yet: similar products are the next best answer.
                if (found.Count == 0) (query.SimilarTo, query.BoughtWith) = (with, null);
            }
            if (query.BoughtWith is null) found = query.SimilarTo is { } like && recommender.Product(RecommenderTrainingData.Id(like)) is not null
                ? recommender.SimilarTo(like, constraints, _options.Count)
                : recommender.Recommend(new RecommendationRequest(customer is null ? null : RecommenderTrainingData.Id(customer.Id), Recent(turn), constraints, _options.Count));
        }
        catch (ArgumentException)
        {
            // Only contradictory price bounds get here ("over £50 and under £20").
            query.MinCents = null;
            frame.Set(QueryKey, query);
            await turn.ReplyAsync(responses, "RecommendPriceRangeInvalid", null, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }

        var shown = found.Select(r => (Recommendation: r, Product: recommender.Product(r.Item.Id))).Where(x => x.Product is not null).ToList();
        query.Shown = [.. shown.Select(x => x.Product!.Id)];
        frame.Set(QueryKey, query);
        if (shown.Count == 0)
        {
            await turn.ReplyAsync(responses, "RecommendNothing", new { filters = Filters(query) }, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }

        var purchased = customer is null ? new HashSet<string>() : await PurchasedAsync(customer.Id, cancellationToken).ConfigureAwait(false);
        var anchor = (query.BoughtWith ?? query.SimilarTo) is { } a ? recommender.Product(RecommenderTrainingData.Id(a)) : null;
        var personal = customer is not null && found.Any(r => r.Reason.Code != ReasonCodes.PopularInCategory);
        var intro = anchor is null ? (personal ? "RecommendIntroPersonal" : "RecommendIntro")
            : query.BoughtWith is not null ? "RecommendIntroBoughtWith" : "RecommendIntroSimilar";
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = responses.Render(intro, new { anchor = anchor?.Name, name = customer?.Name }),
            InputHint = InputHints.AcceptingInput,
            AttachmentLayout = "carousel",
            Attachments = [.. shown.Select(x => _cards.Card(x.Recommendation, x.Product!, purchased))],
        };
        var suggestions = responses.Render("RecommendCarouselSuggestions").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (suggestions.Length > 0) reply.SuggestedActions = new SuggestedActions { Actions = [.. suggestions.Select(CardAction.ImBack)] };
        await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Waiting;
    }

    private async Task<DialogStatus> DetailsAsync(ITurnContext turn, long productId, CancellationToken cancellationToken)
    {
        if (recommender.Product(RecommenderTrainingData.Id(productId)) is not { } product)
        {
            await turn.ReplyAsync(responses, "RecommendUnknownProduct", null, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }
        Remember(turn, productId);
        var availability = product.InStock ? responses.Render("Availability.inStock")
            : product.RestockDate is { } date ? responses.Render("Availability.restock", new { date = date.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture) })
            : responses.Render("Availability.outOfStock");
        await turn.ReplyAsync(responses, "RecommendDetails", new { name = product.Name, price = _cards.Price(product), description = product.Description, availability }, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Waiting;
    }

    /// <summary>Products the shopper looked at in this conversation: they count as history, so a new shopper's next ideas follow them.</summary>
    private static List<string> Recent(ITurnContext turn) => turn.State.Get<List<string>>(RecentKey) ?? [];

    private static void Remember(ITurnContext turn, long productId)
    {
        var id = RecommenderTrainingData.Id(productId);
        var recent = Recent(turn);
        recent.Remove(id);
        recent.Add(id);
        if (recent.Count > MaxRecent) recent.RemoveRange(0, recent.Count - MaxRecent);
        turn.State.Set(RecentKey, recent);
    }

    private async Task<HashSet<string>> PurchasedAsync(long customerId, CancellationToken cancellationToken)
    {
        var history = await interactions.GetForCustomerAsync(customerId, cancellationToken).ConfigureAwait(false);
        return [.. history.Where(x => x.Kind == InteractionKind.Purchase).Select(x => RecommenderTrainingData.Id(x.ProductId))];
    }

    /// <summary>The request's filters in words ("headphones in black under £50"), each piece from a template.</summary>
    private string Filters(RecommendationQuery q)
    {
        var parts = new List<string>();
        parts.Add(q.ProductType is not null ? responses.Render("Filter.type", new { type = q.ProductType }) : responses.Render("Filter.anyType"));
        if (q.Colour is not null) parts.Add(responses.Render("Filter.colour", new { colour = q.Colour }));
        if (q.Brand is not null) parts.Add(responses.Render("Filter.brand", new { brand = q.Brand }));
        var min = q.MinCents is { } lo ? Money.Format(lo, _options.Currency) : null;
        var max = q.MaxCents is { } hi ? Money.Format(hi, _options.Currency) : null;
        if (min is not null && max is not null) parts.Add(responses.Render("Filter.between", new { min, max }));
        else if (max is not null) parts.Add(responses.Render("Filter.under", new { max }));
        else if (min is not null) parts.Add(responses.Render("Filter.over", new { min }));
        if (q.InStockOnly) parts.Add(responses.Render("Filter.inStock"));
        return string.Join(' ', parts);
    }
}
