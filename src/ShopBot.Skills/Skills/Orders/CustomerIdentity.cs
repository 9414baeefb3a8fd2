using System.Globalization;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// Who the shopper is in this conversation. A conversation whose Direct Line token carried a trusted user id
/// <c>dl_customer_{id}</c> (issued by the shop's server with the secret) is that customer; otherwise the shopper must
/// prove an order with its e-mail or postcode first, and is then that order's customer for the rest of the
/// conversation. Nothing of one customer is ever shown in a conversation verified as another.
/// </summary>
public sealed class CustomerIdentity(IConversationStore conversations, ICustomerStore customers, IOptions<OrderSkillsOptions> options)
{
    public const string StateKey = "customer";

    public async Task<VerifiedCustomer?> GetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Get<VerifiedCustomer>(StateKey) is { } known) return known;
        var conversationId = turn.Activity.Conversation?.Id;
        if (conversationId is null) return null;
        var record = await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var prefix = options.Value.SignedInUserPrefix;
        if (record?.UserId is not { } trusted || !trusted.StartsWith(prefix, StringComparison.Ordinal)) return null;
        if (!long.TryParse(trusted.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var customerId)) return null;
        if (await customers.GetByIdAsync(customerId, cancellationToken).ConfigureAwait(false) is not { } customer) return null;
        var signedIn = new VerifiedCustomer(customer.Id, customer.Name, "signed-in");
        turn.State.Set(StateKey, signedIn);
        return signedIn;
    }

    public static void Set(ITurnContext turn, Customer customer) => turn.State.Set(StateKey, new VerifiedCustomer(customer.Id, customer.Name, "order"));
}
