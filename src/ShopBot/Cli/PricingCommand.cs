using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Skills.Pricing;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary>
/// <c>pricing eval [--json path] [--seed N] [--products N] [--rows N]</c>: regenerates the demo shop's sales history in
/// memory, fits every product's demand from its daily sales and reports how well the elasticities and the optimal
/// prices recover the generator's truth.
/// </summary>
public sealed class PricingCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var defaults = new DemoDataOptions();
        var json = new Option<string?>("--json") { Description = "Also write elasticity_mape, price_gap_mape, products, supported, unsupported and per-product figures to this JSON file" };
        var seed = new Option<int>("--seed") { Description = "Demo data seed", DefaultValueFactory = _ => defaults.Seed };
        var products = new Option<int>("--products") { Description = "Products in the generated shop (20..5000)", DefaultValueFactory = _ => defaults.ProductCount };
        var rows = new Option<int>("--rows") { Description = "Per-product rows printed (worst elasticity errors first; 0 = none)", DefaultValueFactory = _ => 25 };
        var eval = new Command("eval", "Elasticity and optimal-price recovery on the generated demo history");
        eval.Options.Add(json);
        eval.Options.Add(seed);
        eval.Options.Add(products);
        eval.Options.Add(rows);
        eval.SetAction((ParseResult pr, CancellationToken ct) => Task.FromResult(
            Evaluate(pr.GetValue(seed), pr.GetValue(products), pr.GetValue(rows), pr.GetValue(json))));
        var pricing = new Command("pricing", "Price optimisation tools");
        pricing.Subcommands.Add(eval);
        return pricing;
    }

    private static int Evaluate(int seed, int productCount, int rows, string? jsonPath)
    {
        DemoPricingReport report;
        try
        {
            if (rows < 0) throw new ArgumentException("--rows must be zero or more.");
            report = DemoPricingEvaluator.Evaluate(new DemoDataOptions { Seed = seed, ProductCount = productCount });
        }
        catch (ArgumentException e)
        {
            AnsiConsole.MarkupLine($"[red]pricing eval: {Markup.Escape(e.Message)}[/]");
            return 2;
        }

        if (rows > 0)
        {
            var table = new Table().Title(Markup.Escape($"seed {report.Seed}: {rows} products with the largest elasticity error"));
            foreach (var column in new[] { "id", "product", "true e", "fitted e ± SE", "price var", "true p*", "recommended", "gap", "issues" })
                table.AddColumn(column);
            foreach (var p in report.Details.OrderByDescending(d => d.Recovery.ElasticityError ?? double.PositiveInfinity).Take(rows))
            {
                var r = p.Recovery;
                table.AddRow(
                    Markup.Escape(r.ProductId), Markup.Escape(p.Name), F(r.TrueElasticity, "F2"),
                    r.FittedElasticity is { } e ? $"{F(e, "F2")} ± {F(r.StandardError ?? double.NaN, "F2")}" : "-",
                    F(r.PriceVariation, "F3"), F(r.TrueOptimalPrice, "F2"), r.RecommendedPrice is { } rp ? F(rp, "F2") : "-",
                    r.PriceGap is { } g ? F(100 * g, "F1") + "%" : "-", Markup.Escape(string.Join(", ", r.Issues)));
            }
            AnsiConsole.Write(table);
        }

        var summary = new Table().Title("Recovery (targets from issue 8: elasticity within 10%, price within 2%)");
        summary.AddColumn("figure");
        summary.AddColumn(new TableColumn("value").RightAligned());
        summary.AddRow("products", report.Products.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("with a supported recommendation", report.Supported.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("without (data cannot support one)", report.Unsupported.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("with enough own price variation", report.WithEnoughPriceVariation.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("elasticity MAPE, all fitted", F(report.ElasticityMape, "F2") + "%");
        summary.AddRow("elasticity MAPE, enough variation", F(report.ElasticityMapeEnoughVariation, "F2") + "%");
        summary.AddRow("elasticity within 10% (enough variation)", F(100 * report.ShareElasticityWithin10Percent, "F1") + "%");
        summary.AddRow("price gap MAPE (supported)", F(report.PriceGapMape, "F2") + "%");
        summary.AddRow("price within 2% (supported)", F(100 * report.SharePriceWithin2Percent, "F1") + "%");
        summary.AddRow("true optimum inside the stated 95% range", F(100 * report.OptimumCoverage, "F1") + "%");
        summary.AddRow("range pinned to ±2% / of those within 2%", $"{report.Pinned} / {F(100 * report.SharePinnedWithin2Percent, "F1")}%");
        AnsiConsole.Write(summary);
        AnsiConsole.MarkupLine(Markup.Escape("The fits saw only each product's daily price, units and promotion flag; the true elasticities and generator parameters were held back (costs are the shop's own)."));

        if (jsonPath is not null)
        {
            var payload = new Dictionary<string, object?>
            {
                ["seed"] = report.Seed,
                ["elasticity_mape"] = Finite(report.ElasticityMape),
                ["elasticity_mape_enough_variation"] = Finite(report.ElasticityMapeEnoughVariation),
                ["elasticity_within_10pct_enough_variation"] = Finite(report.ShareElasticityWithin10Percent),
                ["price_gap_mape"] = Finite(report.PriceGapMape),
                ["price_within_2pct"] = Finite(report.SharePriceWithin2Percent),
                ["optimum_coverage_95"] = Finite(report.OptimumCoverage),
                ["pinned_to_2pct"] = report.Pinned,
                ["pinned_within_2pct"] = Finite(report.SharePinnedWithin2Percent),
                ["products"] = report.Products,
                ["supported"] = report.Supported,
                ["unsupported"] = report.Unsupported,
                ["enough_price_variation"] = report.WithEnoughPriceVariation,
                ["per_product"] = report.Details.Select(p => new Dictionary<string, object?>
                {
                    ["id"] = p.Recovery.ProductId,
                    ["name"] = p.Name,
                    ["true_elasticity"] = p.Recovery.TrueElasticity,
                    ["fitted_elasticity"] = p.Recovery.FittedElasticity,
                    ["standard_error"] = p.Recovery.StandardError,
                    ["price_variation"] = p.Recovery.PriceVariation,
                    ["true_optimal_price"] = Finite(p.Recovery.TrueOptimalPrice),
                    ["recommended_price"] = p.Recovery.RecommendedPrice,
                    ["elasticity_error"] = p.Recovery.ElasticityError,
                    ["price_gap"] = p.Recovery.PriceGap,
                    ["pooled"] = p.Pooled,
                    ["optimum_range"] = new[] { p.Recovery.ConfidenceLow, p.Recovery.ConfidenceHigh },
                    ["issues"] = p.Recovery.Issues,
                }).ToArray(),
            };
            try
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLine($"[red]pricing eval: cannot write {Markup.Escape(jsonPath)}: {Markup.Escape(e.Message)}[/]");
                return 2;
            }
            AnsiConsole.MarkupLine(Markup.Escape($"wrote {jsonPath}"));
        }
        return 0;
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;

    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
