using System.CommandLine;
using System.Reflection;

namespace ShopBot.Cli;

/// <summary>Runs the executable as a command-line tool when its first argument names a subcommand.</summary>
public static class CliApp
{
    private static readonly Lazy<IReadOnlyList<Command>> Commands = new(() => typeof(CliApp).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Build())
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList());

    /// <summary>True when <paramref name="args"/> asks for a CLI command rather than the web host.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "help" || Commands.Value.Any(c => c.Name == args[0]));

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ShopBot: a self-hosted customer-service bot. Without a command it runs the web host.");
        foreach (var command in Commands.Value) root.Subcommands.Add(command);
        if (args is ["help"]) args = ["--help"];
        return await root.Parse(args).InvokeAsync();
    }
}
