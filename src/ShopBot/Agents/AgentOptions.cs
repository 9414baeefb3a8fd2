namespace ShopBot.Agents;

/// <summary>
/// Support agents who may sign in to the console, section <c>ShopBot:Agents</c>. Each has an id, a display name, a
/// password hash (make one with <c>dotnet run --project src/ShopBot -- agents hash-password</c>) and optional topics
/// they take (orders, returns, payments, account, feedback, products, general). With no agents configured, one agent
/// <c>agent</c> is created on first start with a random password written to <c>agent-password.txt</c> in the data folder.
/// </summary>
public sealed class AgentOptions
{
    public const string Section = "ShopBot:Agents";

    public List<AgentAccount> Accounts { get; set; } = [];
}

/// <summary>One agent account.</summary>
public sealed class AgentAccount
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public List<string> Topics { get; set; } = [];
}
