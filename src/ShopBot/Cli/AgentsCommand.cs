using System.CommandLine;
using ShopBot.Agents;

namespace ShopBot.Cli;

/// <summary><c>agents hash-password</c>: the PBKDF2 hash to put in ShopBot:Agents:Accounts:N:PasswordHash.</summary>
public sealed class AgentsCommand : ICliCommand
{
    public Command Build()
    {
        var hash = new Command("hash-password", "Read a password from standard input (one line) and print its hash for ShopBot:Agents:Accounts:N:PasswordHash.");
        hash.SetAction(async (ParseResult _, CancellationToken ct) =>
        {
            if (!Console.IsInputRedirected) await Console.Error.WriteLineAsync("Password (input is shown; pipe it in to avoid that): ").ConfigureAwait(false);
            var password = (await Console.In.ReadLineAsync(ct).ConfigureAwait(false))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password) || password.Length < 10)
            {
                await Console.Error.WriteLineAsync("The password must have at least 10 characters.").ConfigureAwait(false);
                return 2;
            }

            Console.WriteLine(PasswordHasher.Hash(password));
            return 0;
        });
        var agents = new Command("agents", "Support agent accounts for the agent console.");
        agents.Subcommands.Add(hash);
        return agents;
    }
}
