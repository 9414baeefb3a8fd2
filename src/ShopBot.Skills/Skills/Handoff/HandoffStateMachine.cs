namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// The allowed ownership changes: bot -> queued (escalated), queued -> agent (accepted), agent -> bot (resolved),
/// queued -> bot (timed out or abandoned). Anything else is refused with a reason, so two agents cannot both take a
/// conversation and a resolved conversation cannot be resolved again.
/// </summary>
public static class HandoffStateMachine
{
    public static (HandoffState State, string? Refusal) Apply(HandoffState current, HandoffEvent happened, DateTimeOffset at, EscalationReason reason = EscalationReason.None, string? agentId = null, string? agentName = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        return (current.Owner, happened) switch
        {
            (Ownership.Bot, HandoffEvent.Escalated) => (new HandoffState { Owner = Ownership.Queued, Reason = reason, Since = at }, null),
            (Ownership.Queued, HandoffEvent.Accepted) when !string.IsNullOrWhiteSpace(agentId) =>
                (current with { Owner = Ownership.Agent, AgentId = agentId, AgentName = agentName ?? agentId, Since = at }, null),
            (Ownership.Queued, HandoffEvent.Accepted) => (current, "an agent id is required to accept"),
            (Ownership.Agent, HandoffEvent.Resolved) => (HandoffState.Bot with { Since = at }, null),
            (Ownership.Queued, HandoffEvent.TimedOut or HandoffEvent.Abandoned) => (HandoffState.Bot with { Since = at }, null),
            _ => (current, $"'{happened}' is not possible while the conversation is owned by '{current.Owner}'"),
        };
    }
}
