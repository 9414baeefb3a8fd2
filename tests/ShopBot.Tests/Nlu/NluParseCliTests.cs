using System.Text.Json.Nodes;
using ShopBot.Cli;
using ShopBot.Tests.Support;
using Spectre.Console;

namespace ShopBot.Tests.Nlu;

/// <summary>Tests that replace the process's standard output run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console output";
}

/// <summary><c>nlu parse</c>, run in-process with its real arguments on the real dialogs: the endpoint's JSON on stdout.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NluParseCliTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        // Errors go through Spectre's console, which binds to the output it first saw: point it here, then back.
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(captured), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        try
        {
            int exit = await CliApp.RunAsync(args);
            return (exit, captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings());
        }
    }

    private static string[] Args(string text) =>
        ["nlu", "parse", "--text", text, "--dialogs", Path.Combine(Chromium.RepositoryRoot(), "dialogs"), "--cache", ShopBotFactory.SharedModelCache];

    [Fact]
    public async Task Parse_PrintsIntentTop5EntitiesAndSentimentAsTheEndpointDoes()
    {
        var (exit, output) = await RunAsync(Args("hi, where is my order 100234?"));
        Assert.Equal(0, exit);
        var body = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["text", "intent", "intents", "entities", "sentiment"], body.Select(p => p.Key));
        Assert.Equal("track_order", body["intent"]!["name"]!.GetValue<string>());
        Assert.Equal(5, body["intents"]!.AsArray().Count);
        Assert.Contains(body["entities"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "order_id" && e["text"]!.GetValue<string>() == "100234");
        Assert.Equal("neutral", body["sentiment"]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parse_RejectsAnEmptyOrOversizedText()
    {
        var (exit, output) = await RunAsync(Args("   "));
        Assert.Equal(2, exit);
        Assert.Contains("--text is empty", output);
        (exit, output) = await RunAsync(Args(new string('a', 5000)));
        Assert.Equal(2, exit);
        Assert.Contains("at most 4096", output);
    }
}
