namespace ShopBot.Skills.Skills.Handoff;

/// <summary>What the policy looks at for one turn.</summary>
/// <param name="Intent">The recognised intent.</param>
/// <param name="SentimentHistory">Sentiment scores of the shopper's messages, oldest first, this turn's last.</param>
/// <param name="FallbacksInARow">Consecutive fallbacks including this turn.</param>
/// <param name="OfferPending">The bot offered a person on its previous turn.</param>
/// <param name="RiskyAction">A skill's reason to hand over, when it has one.</param>
/// <param name="Upset">This message's probability that the shopper is upset; null without an upset detector, for a message that does not read negative, or one that answers a dialog.</param>
public sealed record EscalationSignals(string Intent, IReadOnlyList<double> SentimentHistory, int FallbacksInARow, bool OfferPending, string? RiskyAction = null, double? Upset = null);
