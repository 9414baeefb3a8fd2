namespace ShopBot.Skills.Skills.Handoff;

/// <summary>A signed-in support agent.</summary>
public sealed record AgentIdentity(string Id, string Name);
