namespace ShopBot.Skills.Data.Shop;

/// <summary>Reads the audit log written by every change.</summary>
public interface IAuditStore
{
    /// <summary>Entries about one entity (e.g. <c>order</c>, <c>100234</c>), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entity, string entityId, CancellationToken cancellationToken = default);

    /// <summary>Entries written from one conversation, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
