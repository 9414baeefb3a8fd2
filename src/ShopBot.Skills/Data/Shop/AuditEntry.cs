namespace ShopBot.Skills.Data.Shop;

/// <summary>One audited change: who did what to which entity, from which conversation, when.</summary>
/// <remarks><c>Actor</c>: e.g. <c>customer:1</c>, <c>bot</c>, <c>agent:jo</c>.</remarks>
/// <remarks><c>Action</c>: e.g. <c>order.cancel</c>, <c>return.create</c>.</remarks>
/// <remarks><c>DetailsJson</c>: A JSON object with the change's details (before/after values, amounts).</remarks>
public sealed record AuditEntry(long Id, string Actor, string Action, string Entity, string EntityId, string DetailsJson, string? ConversationId, DateTimeOffset At);
