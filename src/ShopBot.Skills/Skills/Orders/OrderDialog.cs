using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// The common start of every order dialog: get the order number (from the <c>order_id</c> entity), make sure the
/// shopper is that order's customer (signed in, or verified in this conversation by e-mail or postcode, with failed
/// attempts limited), load the order for that customer only, then hand over to the skill's own steps. The order is
/// read afresh on every turn, so a change made elsewhere meanwhile is seen.
/// </summary>
public abstract partial class OrderDialog(OrderDialogServices services) : IDialog
{
    protected const string AwaitOrder = "order";
    protected const string AwaitProof = "proof";
    private const string OrderKey = "order";
    private const string IdKey = "id";

    private static readonly Regex PostcodeShape = new(@"^[A-Za-z0-9][A-Za-z0-9 \-]{2,9}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly ILogger _logger = services.Loggers.CreateLogger("ShopBot.Skills.Orders");

    protected OrderDialogServices Services { get; } = services;

    public abstract string Name { get; }

    public abstract IReadOnlyCollection<string> Intents { get; }

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{Name} is a dialog: the router begins and continues it.");

    public Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        frame.Set(IdKey, Guid.NewGuid().ToString("N"));
        return ContinueAsync(turn, frame, cancellationToken);
    }

    public bool IsAnswer(ITurnContext turn, DialogFrame frame) => frame.Awaiting switch
    {
        AwaitOrder => OrderNumberIn(turn) is not null,
        AwaitProof => EmailIn(turn) is not null || LooksLikePostcode(turn.Activity.Text),
        DialogFrame.ConfirmationStep => turn.Recognized?.Intent.Name is "affirm" or "deny",
        _ => IsStepAnswer(turn, frame),
    };

    public async Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        if (!frame.Has(OrderKey))
        {
            if (OrderNumberIn(turn) is not { } number)
            {
                return await AskAsync(turn, frame, AwaitOrder, "AskOrderNumber", new { }, cancellationToken).ConfigureAwait(false);
            }

            frame.Set(OrderKey, number);
            frame.Retries = 0;
        }

        var orderNumber = frame.Get<int>(OrderKey);
        var customer = await Services.Identity.GetAsync(turn, cancellationToken).ConfigureAwait(false);
        if (customer is null)
        {
            if (Services.Limiter.IsLocked(turn, orderNumber)) return await EndAsync(turn, "VerificationLocked", new { minutes = Services.Options.LockoutMinutes }, cancellationToken).ConfigureAwait(false);
            // Only an e-mail or something shaped like a postcode is tried, so "I don't know" does not use up an attempt.
            var typed = turn.Activity.Text?.Trim() ?? string.Empty;
            var proof = EmailIn(turn) ?? (frame.Awaiting == AwaitProof && LooksLikePostcode(typed) ? typed : null);
            if (string.IsNullOrEmpty(proof))
            {
                return await AskAsync(turn, frame, AwaitProof, "AskProof", new { order = orderNumber }, cancellationToken).ConfigureAwait(false);
            }

            var verified = await Services.Orders.VerifyAsync(orderNumber, proof, cancellationToken).ConfigureAwait(false);
            if (verified is null)
            {
                LogVerificationFailed(turn.Activity.Conversation?.Id, orderNumber);
                if (Services.Limiter.RecordFailure(turn, orderNumber))
                {
                    return await EndAsync(turn, "VerificationLocked", new { minutes = Services.Options.LockoutMinutes }, cancellationToken).ConfigureAwait(false);
                }

                frame.Awaiting = AwaitProof;
                await turn.ReplyAsync(Services.Responses, "VerificationFailed", new { order = orderNumber }, cancellationToken).ConfigureAwait(false);
                return DialogStatus.Waiting;
            }

            CustomerIdentity.Set(turn, verified);
            customer = new VerifiedCustomer(verified.Id, verified.Name, "order");
            LogVerified(turn.Activity.Conversation?.Id, orderNumber, verified.Id);
            frame.Retries = 0;
        }

        var details = await Services.Orders.GetForCustomerAsync(orderNumber, customer.Id, cancellationToken).ConfigureAwait(false);
        if (details is null)
        {
            // Same answer whether the order does not exist or belongs to someone else: nothing leaks.
            return await EndAsync(turn, "OrderNotOnAccount", new { order = orderNumber, name = FirstName(customer.Name) }, cancellationToken).ConfigureAwait(false);
        }

        if (frame.Awaiting is AwaitOrder or AwaitProof) frame.Awaiting = null;
        return await ContinueWithOrderAsync(turn, frame, details, customer, cancellationToken).ConfigureAwait(false);
    }

    public Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Services.Responses, "ResumeOrderDialog", new { topic = Services.Responses.Render("Topic." + Name) }, cancellationToken);

    /// <summary>The skill's own steps, once the order is known and belongs to the shopper.</summary>
    protected abstract Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken);

    /// <summary>Whether the message answers one of the skill's own questions (see <see cref="DialogFrame.Awaiting"/>).</summary>
    protected virtual bool IsStepAnswer(ITurnContext turn, DialogFrame frame) => false;

    /// <summary>Asks (or, when already waiting for the same thing, asks again up to the retry limit, then gives up).</summary>
    protected async Task<DialogStatus> AskAsync(ITurnContext turn, DialogFrame frame, string awaiting, string template, object data, CancellationToken cancellationToken)
    {
        if (frame.Awaiting == awaiting)
        {
            if (++frame.Retries > Services.Options.MaxRetries) return await EndAsync(turn, "DialogGaveUp", new { topic = Services.Responses.Render("Topic." + Name) }, cancellationToken).ConfigureAwait(false);
            template += "Again";
        }

        frame.Awaiting = awaiting;
        await turn.ReplyAsync(Services.Responses, template, data, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Waiting;
    }

    /// <summary>
    /// The confirmation step of a change described by <paramref name="template"/>: asks the first time; afterwards
    /// returns null when the shopper said yes (go ahead), or the status to return when they said no (nothing changes)
    /// or something else (asked again, up to the retry limit).
    /// </summary>
    protected async Task<DialogStatus?> ConfirmationStepAsync(ITurnContext turn, DialogFrame frame, int orderNumber, string template, object data, CancellationToken cancellationToken)
    {
        if (frame.Awaiting != DialogFrame.ConfirmationStep)
        {
            frame.Awaiting = DialogFrame.ConfirmationStep;
            await turn.ReplyAsync(Services.Responses, template, data, cancellationToken).ConfigureAwait(false);
            return DialogStatus.Waiting;
        }

        return turn.Recognized?.Intent.Name switch
        {
            "affirm" => null,
            "deny" => await EndAsync(turn, "NothingChanged", new { order = orderNumber }, cancellationToken).ConfigureAwait(false),
            _ => await AskAsync(turn, frame, DialogFrame.ConfirmationStep, template, data, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// The "which item?" step: the line already chosen, the only candidate, or the one the message names; otherwise
    /// asks with one button per item (up to the retry limit) and returns the status to return.
    /// </summary>
    protected async Task<(OrderLine? Line, DialogStatus? Pending)> ChooseLineAsync(ITurnContext turn, DialogFrame frame, IReadOnlyList<OrderLine> candidates, string template, object data, CancellationToken cancellationToken)
    {
        if (frame.Has(LineChoice.Key))
        {
            var id = frame.Get<long>(LineChoice.Key);
            return (candidates.FirstOrDefault(l => l.Id == id), null);
        }

        var line = candidates.Count == 1 ? candidates[0] : LineChoice.Find(turn, candidates);
        if (line is not null)
        {
            frame.Set(LineChoice.Key, line.Id);
            frame.Retries = 0;
            return (line, null);
        }

        if (frame.Awaiting == LineChoice.Awaiting && ++frame.Retries > Services.Options.MaxRetries)
        {
            return (null, await EndAsync(turn, "DialogGaveUp", new { topic = Services.Responses.Render("Topic." + Name) }, cancellationToken).ConfigureAwait(false));
        }

        frame.Awaiting = LineChoice.Awaiting;
        await turn.ReplyWithChoicesAsync(Services.Responses, template, data, candidates.Select(l => l.ProductName), cancellationToken).ConfigureAwait(false);
        return (null, DialogStatus.Waiting);
    }

    /// <summary>Replies and ends the dialog.</summary>
    protected async Task<DialogStatus> EndAsync(ITurnContext turn, string template, object data, CancellationToken cancellationToken)
    {
        await turn.ReplyAsync(Services.Responses, template, data, cancellationToken).ConfigureAwait(false);
        return DialogStatus.Complete;
    }

    /// <summary>The change context of this dialog: the same key for every retry of one confirmation.</summary>
    protected static ChangeContext ChangeContextFor(ITurnContext turn, DialogFrame frame, VerifiedCustomer customer, OrderDetails details, string what) =>
        new($"customer:{customer.Id}", turn.Activity.Conversation?.Id, $"{turn.Activity.Conversation?.Id}:{frame.Get<string>(IdKey)}:{what}", details.Order.Version);

    protected static int? OrderNumberIn(ITurnContext turn) =>
        FirstValue(turn, "order_id") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 100000 and <= 999999 ? n : null;

    protected static string? EmailIn(ITurnContext turn) => FirstValue(turn, "email");

    protected static string? FirstValue(ITurnContext turn, string typeName) =>
        turn.Recognized?.Entities.FirstOrDefault(e => e.TypeName == typeName) is { } entity
            ? entity.Resolution.TryGetValue("value", out var value) ? value?.ToString() : entity.Text
            : null;

    /// <summary>3 to 10 letters, digits, spaces or hyphens with at least one digit (UK, US, EU postcodes).</summary>
    private static bool LooksLikePostcode(string? text)
    {
        var t = text?.Trim() ?? string.Empty;
        return PostcodeShape.IsMatch(t) && t.Any(char.IsAsciiDigit);
    }

    protected static string FirstName(string name) => name.Split(' ', 2)[0];

    protected static string Items(OrderDetails details) =>
        string.Join(", ", details.Lines.Select(l => $"{l.Quantity} × {l.ProductName}"));

    protected static string Date(DateTimeOffset when) => when.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    protected static string Date(DateOnly when) => when.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: identity check failed for order {OrderNumber}")]
    private partial void LogVerificationFailed(string? conversationId, int orderNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: verified as customer {CustomerId} through order {OrderNumber}")]
    private partial void LogVerified(string? conversationId, int orderNumber, long customerId);
}
