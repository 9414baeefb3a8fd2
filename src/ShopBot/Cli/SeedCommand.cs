using System.CommandLine;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Sqlite;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary><c>seed [--database path] [--seed N] [--force]</c>: fills a SQLite file with the deterministic demo shop.</summary>
public sealed class SeedCommand : ICliCommand
{
    /// <summary>Where the host keeps its database unless told otherwise.</summary>
    /// <summary>The host's database (ShopBot:DataDirectory/shopbot.db), so the CLI and the host see the same shop.</summary>
    public static string DefaultDatabasePath => CliConfiguration.Load().DatabaseFile;

    public Command Build()
    {
        var database = new Option<string>("--database") { Description = $"SQLite file to seed (default {DefaultDatabasePath}); created when missing.", DefaultValueFactory = _ => DefaultDatabasePath };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default: DemoDataOptions.Seed). The same seed at the same clock reading gives the same shop; dates are relative to now." };
        var force = new Option<bool>("--force") { Description = "Replace existing shop data (conversation tables are kept)." };
        var command = new Command("seed", "Create the shop schema and fill it with the demo shop (products, customers, orders, two years of sales).");
        command.Options.Add(database);
        command.Options.Add(seed);
        command.Options.Add(force);
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var path = result.GetValue(database);
            if (string.IsNullOrWhiteSpace(path))
            {
                AnsiConsole.MarkupLine("[red]--database needs a file path.[/]");
                return 2;
            }

            var options = new DemoDataOptions();
            if (result.GetValue(seed) is { } s) options.Seed = s;
            var db = new SqliteDatabase(path);
            var outcome = await DemoDataSeeder.SeedAsync(db, options, TimeProvider.System, result.GetValue(force), cancellationToken);
            if (!outcome.Seeded)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(db.Path)} already has shop data; nothing written. Use --force to replace it.[/]");
                return 0;
            }

            var table = new Table().AddColumn("what").AddColumn(new TableColumn("rows").RightAligned());
            table.AddRow("products", outcome.Products.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("customers", outcome.Customers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("orders", outcome.Orders.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("daily sales", outcome.DailySales.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("interactions", outcome.Interactions.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"Seeded {Markup.Escape(db.Path)} with seed {options.Seed} in {outcome.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }
}
