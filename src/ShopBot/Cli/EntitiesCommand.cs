using System.CommandLine;
using System.Text.Json;
using ShopBot.Skills.Nlu.Entities;
using ShopBot.Skills.Nlu.Entities.Shop;
using ShopBot.Skills.Nlu.Entities.Specs;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary>
/// <c>entities eval --specs &lt;folder&gt; [--json &lt;path&gt;]</c>: pass rate per Recognizers-Text spec file;
/// <c>entities parse --text "..."</c>: the entities of one message as JSON.
/// </summary>
public sealed class EntitiesCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public Command Build()
    {
        var command = new Command("entities", "Entity recognition: evaluate against the Recognizers-Text specs, or parse a message.");

        var eval = new Command("eval", "Run the spec files and print the pass rate per file.");
        var specs = new Option<string>("--specs") { Description = "Folder of the specs (Number/, NumberWithUnit/, Sequence/, DateTime/)", Required = true };
        var json = new Option<string?>("--json") { Description = "Write {file: {cases, passed, rate}} to this path" };
        eval.Options.Add(specs);
        eval.Options.Add(json);
        eval.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var folder = pr.GetValue(specs)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"specs folder '{folder}' does not exist");
                return 2;
            }
            var results = SpecRunner.CreateDefault().RunAll(folder);
            if (results.Count == 0)
            {
                Console.Error.WriteLine($"no known spec file under '{folder}'");
                return 2;
            }
            var table = new Table().AddColumns("file", "cases", "passed", "rate");
            foreach (var r in results) table.AddRow(r.File, r.Cases.ToString(), r.Passed.ToString(), $"{r.Rate:P1}");
            AnsiConsole.Write(table);
            if (pr.GetValue(json) is { Length: > 0 } path)
            {
                var report = results.ToDictionary(r => r.File, r => new { cases = r.Cases, passed = r.Passed, rate = Math.Round(r.Rate, 4) });
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Indented), ct);
                Console.WriteLine($"wrote {path}");
            }
            return 0;
        });

        var parse = new Command("parse", "Print the entities of one message as JSON.");
        var text = new Option<string>("--text") { Description = "The message", Required = true };
        var reference = new Option<DateTime?>("--reference") { Description = "Reference time for relative dates (default: now, UTC)" };
        var lists = new Option<string?>("--lists") { Description = "Folder of LU list entities (default: dialogs/entities when present)" };
        parse.Options.Add(text);
        parse.Options.Add(reference);
        parse.Options.Add(lists);
        parse.SetAction((ParseResult pr, CancellationToken ct) =>
        {
            var listDir = pr.GetValue(lists) ?? (Directory.Exists(Path.Combine("dialogs", "entities")) ? Path.Combine("dialogs", "entities") : null);
            var set = EntityRecognizerSet.CreateDefault(new EntityOptions { ListEntitiesDirectory = listDir });
            var refTime = pr.GetValue(reference) ?? TimeProvider.System.GetUtcNow().UtcDateTime;
            var found = set.Recognize(pr.GetValue(text)!, "en-us", refTime);
            Console.WriteLine(JsonSerializer.Serialize(found, Indented));
            return Task.FromResult(0);
        });

        command.Subcommands.Add(eval);
        command.Subcommands.Add(parse);
        return command;
    }
}
