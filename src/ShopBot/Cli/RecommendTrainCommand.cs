using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Learning.Recommenders;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Recommendations;
using Spectre.Console;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Cli;

/// <summary>
/// <c>recommend train [--database shopbot.db] [--cache folder] [--force] [--customer 1] [--count 5]</c>: trains the
/// shop's recommender exactly as the host does (same options, stores and vocabulary), writes the fitted factors to the
/// model cache and prints the training figures, optionally with a customer's picks and reasons. A running host that
/// uses the same cache folder swaps the new model in at once (<c>RecommenderRefreshService</c>); a host started later
/// loads it instead of training. A subcommand of <see cref="RecommendCommand"/>.
/// </summary>
internal static class RecommendTrainCommand
{
    public static Command Build()
    {
        var database = new Option<string>("--database") { Description = "the shop's SQLite file (default: the host's)", DefaultValueFactory = _ => CliConfiguration.Load().DatabaseFile };
        var customer = new Option<long?>("--customer") { Description = "also show this customer's recommendations (customer id)" };
        var count = new Option<int>("--count") { Description = "recommendations to show", DefaultValueFactory = _ => 5 };
        var cacheDir = new Option<string>("--cache") { Description = "model cache folder (default: the host's)", DefaultValueFactory = _ => CliConfiguration.Load().CacheDirectory };
        var force = new Option<bool>("--force") { Description = "refit even when the cache already holds a model of this data" };
        var train = new Command("train", "Train the shop's recommender on its products and interactions and report it");
        train.Options.Add(database);
        train.Options.Add(customer);
        train.Options.Add(count);
        train.Options.Add(cacheDir);
        train.Options.Add(force);
        train.SetAction(async (ParseResult pr, CancellationToken ct) =>
            await RunAsync(pr.GetValue(database)!, pr.GetValue(cacheDir)!, pr.GetValue(force), pr.GetValue(customer), pr.GetValue(count), ct));
        return train;
    }

    private static async Task<int> RunAsync(string databasePath, string cacheDirectory, bool force, long? customerId, int count, CancellationToken ct)
    {
        if (!File.Exists(databasePath))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]database not found:[/] {databasePath} (run `seed` first)");
            return 2;
        }
        if (count < 1)
        {
            AnsiConsole.MarkupLine("[red]--count must be at least 1[/]");
            return 2;
        }
        var config = CliConfiguration.Load();
        var options = config.Configuration.GetSection(RecommendationOptions.SectionName).Get<RecommendationOptions>() ?? new RecommendationOptions();
        var db = new SqliteDatabase(databasePath);
        var interactions = new SqliteInteractionStore(db);
        var cache = new RecommenderModelCache(cacheDirectory, NullLogger<RecommenderModelCache>.Instance);
        RecommenderService service;
        try
        {
            // --force: fit without reading the cache, then store the result (replacing any cached model of this data).
            service = new RecommenderService(new SqliteProductStore(db), interactions, RecommendationVocabulary.FromDirectory(Path.Combine(config.DialogsDirectory, "entities")),
                Options.Create(options), TimeProvider.System, NullLogger<RecommenderService>.Instance, force ? null : cache);
            if (force && service.Current is { Model.Als: { } als, ModelKey: { } key }) cache.Save(key, als);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]cannot train:[/] {e.Message}");
            return 2;
        }

        var s = service.Current;
        if (s.Model is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{databasePath} has no products:[/] nothing to train on (run `seed` or import a catalogue)");
            return 2;
        }
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("products", s.Products.Count.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("interactions (weighted, > 0)", s.Interactions.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("shoppers", s.Shoppers.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("read + train time", $"{s.TrainingTime.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms");
        table.AddRow("data fingerprint", s.Fingerprint[..16]);
        table.AddRow("ALS factors", s.FactorsFromCache ? "cached already (--force refits)" : "fitted");
        AnsiConsole.Write(table);
        if (s is { ModelKey: { } modelKey, Model.Als: not null })
        {
            var path = cache.PathOf(modelKey);
            if (File.Exists(path))
                AnsiConsole.MarkupLineInterpolated($"model cached at {path}; a running ShopBot using this cache folder switches to it within seconds");
            else
                AnsiConsole.MarkupLineInterpolated($"[yellow]could not write the model cache {path}:[/] a running host will retrain by itself at its next check");
        }
        if (customerId is not { } id) return 0;

        var responses = LgRenderer.FromDirectory(Path.Combine(config.DialogsDirectory, "responses"), new RandomVariantPicker(0));
        var cards = new RecommendationCards(responses, options);
        var purchased = (await interactions.GetForCustomerAsync(id, ct)).Where(x => x.Kind == InteractionKind.Purchase)
            .Select(x => x.ProductId.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var picks = service.Recommend(new RecommendationRequest(id.ToString(CultureInfo.InvariantCulture), null, null, count));
        var list = new Table().AddColumns("#", "product", "price", "score", "reason");
        var rank = 0;
        foreach (var r in picks)
        {
            var product = service.Product(r.Item.Id)!;
            list.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(product.Name), Markup.Escape(cards.Price(product)),
                r.Score.ToString("F3", CultureInfo.InvariantCulture), Markup.Escape(cards.Reason(r.Reason, purchased)));
        }
        AnsiConsole.MarkupLineInterpolated($"customer {id}: {purchased.Count} products bought");
        AnsiConsole.Write(list);
        return 0;
    }
}
