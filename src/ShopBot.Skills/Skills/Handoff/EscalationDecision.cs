namespace ShopBot.Skills.Skills.Handoff;

/// <summary>The policy's advice with its reason and a sentence for the log.</summary>
public sealed record EscalationDecision(EscalationAction Action, EscalationReason Reason, string Explanation)
{
    public static EscalationDecision Continue { get; } = new(EscalationAction.None, EscalationReason.None, "no trigger");
}
