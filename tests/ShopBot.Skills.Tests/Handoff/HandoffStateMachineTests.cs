using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Skills.Tests.Handoff;

public class HandoffStateMachineTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheWholeRound_BotQueuedAgentBot()
    {
        var (queued, r1) = HandoffStateMachine.Apply(HandoffState.Bot, HandoffEvent.Escalated, T, EscalationReason.AskedForPerson);
        Assert.Null(r1);
        Assert.Equal(Ownership.Queued, queued.Owner);
        var (agent, r2) = HandoffStateMachine.Apply(queued, HandoffEvent.Accepted, T.AddMinutes(2), agentId: "sam", agentName: "Sam");
        Assert.Null(r2);
        Assert.Equal(("sam", "Sam", EscalationReason.AskedForPerson), (agent.AgentId, agent.AgentName, agent.Reason));
        var (back, r3) = HandoffStateMachine.Apply(agent, HandoffEvent.Resolved, T.AddMinutes(9));
        Assert.Null(r3);
        Assert.Equal(Ownership.Bot, back.Owner);
        Assert.Null(back.AgentId);
    }

    [Theory]
    [InlineData(Ownership.Bot, HandoffEvent.Accepted)]
    [InlineData(Ownership.Bot, HandoffEvent.Resolved)]
    [InlineData(Ownership.Agent, HandoffEvent.Accepted)]   // a second agent
    [InlineData(Ownership.Agent, HandoffEvent.Escalated)]
    [InlineData(Ownership.Agent, HandoffEvent.TimedOut)]
    [InlineData(Ownership.Queued, HandoffEvent.Resolved)]
    public void ImpossibleTransitions_AreRefused_AndChangeNothing(Ownership owner, HandoffEvent happened)
    {
        var state = new HandoffState { Owner = owner, AgentId = owner == Ownership.Agent ? "first" : null };
        var (after, refusal) = HandoffStateMachine.Apply(state, happened, T, agentId: "second");
        Assert.NotNull(refusal);
        Assert.Same(state, after);
    }

    [Theory]
    [InlineData(HandoffEvent.TimedOut)]
    [InlineData(HandoffEvent.Abandoned)]
    public void AWaitingConversation_ReturnsToTheBot_WhenNobodyComesOrTheShopperLeaves(HandoffEvent happened)
    {
        var queued = new HandoffState { Owner = Ownership.Queued, Reason = EscalationReason.NegativeSentiment };
        Assert.Equal(Ownership.Bot, HandoffStateMachine.Apply(queued, happened, T).State.Owner);
    }
}
