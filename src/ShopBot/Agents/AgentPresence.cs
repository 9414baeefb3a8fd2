using System.Collections.Concurrent;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Agents;

/// <summary>Agents with an open console connection on this instance.</summary>
public sealed class AgentPresence : IAgentPresence
{
    private readonly ConcurrentDictionary<string, string> _connections = new(StringComparer.Ordinal);

    public int OnlineAgents => _connections.Values.Distinct(StringComparer.Ordinal).Count();

    public void Connected(string connectionId, string agentId) => _connections[connectionId] = agentId;

    public void Disconnected(string connectionId) => _connections.TryRemove(connectionId, out _);
}
