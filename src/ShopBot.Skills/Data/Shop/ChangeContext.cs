namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// Who asks for a change and how to recognise a repeat. The same <see cref="IdempotencyKey"/> sent twice (e.g. a
/// confirmation redelivered) returns the first result without changing anything again. When
/// <see cref="ExpectedVersion"/> is given, the change is refused with <see cref="ChangeStatus.Conflict"/> if the
/// order changed since the caller read it (another conversation got there first).
/// </summary>
/// <remarks><c>Actor</c>: Who: <c>customer:42</c>, <c>agent:sam</c>, <c>bot</c>.</remarks>
/// <remarks><c>ConversationId</c>: The conversation the change came from, recorded in the audit log.</remarks>
/// <remarks><c>IdempotencyKey</c>: Unique per intended change, e.g. conversation id + confirmation activity id.</remarks>
/// <remarks><c>ExpectedVersion</c>: The <see cref="Order.Version"/> the caller showed the customer.</remarks>
public sealed record ChangeContext(string Actor, string? ConversationId, string IdempotencyKey, int? ExpectedVersion = null)
{
    /// <summary>Throws <see cref="ArgumentException"/> when a required part is missing.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Actor)) throw new ArgumentException("A change needs an actor (who asks for it).", nameof(Actor));
        if (string.IsNullOrWhiteSpace(IdempotencyKey)) throw new ArgumentException("A change needs an idempotency key.", nameof(IdempotencyKey));
        if (IdempotencyKey.Length > 200) throw new ArgumentException("The idempotency key must be at most 200 characters.", nameof(IdempotencyKey));
    }
}
