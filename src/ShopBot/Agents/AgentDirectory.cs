using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ShopBot.Hosting;

namespace ShopBot.Agents;

/// <summary>The agent accounts, checked at sign-in. Creates the first-start agent when none is configured.</summary>
public sealed partial class AgentDirectory
{
    private readonly Dictionary<string, AgentAccount> _accounts;

    public AgentDirectory(IOptions<AgentOptions> options, ShopBotPaths paths, ILogger<AgentDirectory> logger)
    {
        _accounts = options.Value.Accounts.Where(a => !string.IsNullOrWhiteSpace(a.Id)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (_accounts.Count > 0) return;

        // No agents configured: one agent with a random password, kept in the data folder so it survives restarts.
        var file = Path.Combine(paths.DataDirectory, "agent-password.txt");
        if (!File.Exists(file)) File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y').TrimEnd('='));
        var password = File.ReadAllText(file).Trim();
        _accounts["agent"] = new AgentAccount { Id = "agent", Name = "Support agent", PasswordHash = PasswordHasher.Hash(password) };
        LogGenerated(logger, file);
    }

    public AgentAccount? SignIn(string? id, string? password) =>
        id is not null && password is not null && _accounts.TryGetValue(id, out var account) && PasswordHasher.Verify(password, account.PasswordHash) ? account : null;

    public AgentAccount? Find(string id) => _accounts.GetValueOrDefault(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No agents configured (ShopBot:Agents): sign in to /agent/ as 'agent' with the password in {File}")]
    private static partial void LogGenerated(ILogger logger, string file);
}
