namespace ShopBot.Skills.Skills.Handoff;

/// <summary>How many support agents are signed in to the console right now.</summary>
public interface IAgentPresence
{
    int OnlineAgents { get; }
}
