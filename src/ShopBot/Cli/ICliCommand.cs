using System.CommandLine;

namespace ShopBot.Cli;

/// <summary>
/// A top-level subcommand of the ShopBot executable (<c>nlu</c>, <c>seed</c>, <c>forecast</c>...). Implementations
/// are found by reflection, so a feature adds its command as one class in Cli/.
/// </summary>
public interface ICliCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    Command Build();
}
