using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// A question about one product: the product comes from the <c>product</c> (catalogue id) or <c>sku</c> entity; when
/// the message names none, the dialog asks for it (offering up to five products matching a <c>product_type</c> entity
/// as buttons), asks again up to <see cref="ForecastSkillOptions.MaxRetries"/> times, then gives up.
/// Templates used: <c>{Prefix}AskProduct</c>, <c>{Prefix}AskProductAgain</c>, <c>{Prefix}GaveUp</c>, <c>{Prefix}Resume</c>.
/// </summary>
public abstract class ProductDialog(IProductStore products, IResponseRenderer responses, IOptions<ForecastSkillOptions> options) : IDialog
{
    private const string AwaitProduct = "product";

    /// <summary>The response templates.</summary>
    protected IResponseRenderer Responses { get; } = responses;

    /// <summary>The skill settings.</summary>
    protected ForecastSkillOptions Options => options.Value;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyCollection<string> Intents { get; }

    /// <summary>Prefix of this dialog's template names, e.g. <c>Forecast</c>.</summary>
    protected abstract string TemplatePrefix { get; }

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{Name} is a dialog: the router begins and continues it.");

    /// <inheritdoc />
    public async Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        if (!await StartAsync(turn, frame, cancellationToken).ConfigureAwait(false)) return DialogStatus.Complete;
        return await ContinueAsync(turn, frame, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(frame);
        var product = await FindProductAsync(turn, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            if (frame.Awaiting == AwaitProduct && ++frame.Retries > Options.MaxRetries)
            {
                await turn.ReplyAsync(Responses, TemplatePrefix + "GaveUp", new { }, cancellationToken).ConfigureAwait(false);
                return DialogStatus.Complete;
            }

            var template = TemplatePrefix + (frame.Awaiting == AwaitProduct ? "AskProductAgain" : "AskProduct");
            frame.Awaiting = AwaitProduct;
            var choices = await SuggestionsAsync(turn, cancellationToken).ConfigureAwait(false);
            await turn.ReplyWithChoicesAsync(Responses, template, new { }, choices, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }

        frame.Awaiting = null;
        frame.Retries = 0;
        await AnswerAsync(turn, frame, product, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Complete;
    }

    /// <inheritdoc />
    public bool IsAnswer(ITurnContext turn, DialogFrame frame) =>
        frame?.Awaiting == AwaitProduct && turn?.Recognized?.Entities.Any(e => e.TypeName is "product" or "sku") == true;

    /// <inheritdoc />
    public Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Responses, TemplatePrefix + "Resume", new { }, cancellationToken);

    /// <summary>Runs first; false ends the dialog (after replying why). Default: true.</summary>
    protected virtual Task<bool> StartAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Answers the question about <paramref name="product"/>.</summary>
    protected abstract Task AnswerAsync(ITurnContext turn, DialogFrame frame, Product product, CancellationToken cancellationToken);

    /// <summary>The product named by the message's <c>product</c> or <c>sku</c> entity, if it is in the catalogue.</summary>
    protected async Task<Product?> FindProductAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var entity in turn.Recognized?.Entities ?? [])
        {
            var value = entity.Resolution.TryGetValue("value", out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (entity.TypeName == "product" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await products.GetByIdAsync(id, cancellationToken).ConfigureAwait(false) is { } byId)
                return byId;
            if (entity.TypeName == "sku" && await products.GetBySkuAsync(value, cancellationToken).ConfigureAwait(false) is { } bySku)
                return bySku;
        }

        return null;
    }

    private async Task<IReadOnlyList<string>> SuggestionsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var type = turn.Recognized?.Entities.FirstOrDefault(e => e.TypeName == "product_type");
        var text = type is null ? null : type.Resolution.TryGetValue("value", out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : type.Text;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = await products.SearchAsync(new ProductQuery { Text = text, Limit = 5 }, cancellationToken).ConfigureAwait(false);
        return found.Select(p => p.Name).ToList();
    }
}
