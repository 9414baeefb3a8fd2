using System.Text.Json;
using System.Text.RegularExpressions;
using ShopBot.Skills.Nlu.Entities.DateTimes;
using ShopBot.Skills.Nlu.Entities.Specs;

namespace ShopBot.Skills.Tests.Entities;

/// <summary>
/// The DateTime rules run only when their triggers hold (a cheap test per message); a trigger that is not implied by
/// its pattern would silently lose dates. These tests run every pattern on every message, triggers or not, and fail
/// when a pattern finds a date or time on a message its triggers would have skipped.
/// </summary>
public class DateTimeTriggerTests
{
    /// <summary>Shop phrasings and the spellings the whole-word triggers must cover.</summary>
    private static readonly string[] Handwritten =
    [
        "delivered last Tuesday", "every Mondays and fridays", "on Thurs. or sat", "Sept 5th", "the 5th of May", "may2018",
        "3 nights in Rome", "for 2 hrs and 10 mins", "in 3days", "a 3-day trip", "1.5hours ago", "within 2h", "for 3d",
        "at 5:30pm", "7 a.m. tomorrow", "10.30am", "at 12 p.m.", "1pm-3pm", "from 2 to 4", "half past seven", "quarter to 5",
        "the same week", "that weekend", "week 12 of 2024", "another day", "any weekend", "every other week", "at 7",
        "this week", "next month", "the whole day", "for the hour", "the 21st", "on the first", "2 weeks from now",
        "from 2-4", "the 5th", "the twentyfirst", "on the twenty-first of may", "on the 21st of may", "between 9 and 11", "until 5",
        "from 10:00 to 12:00", "the second time", "fy2019 results", "the fiscal year 2018", "cy 19", "cancel order 100234 tomorrow", "3 mugs under $20 next week", "the day after tomorrow", "jan 1 - jan 5",
    ];

    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var m in Handwritten) data.Add(m);
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void EveryMatchingRule_IsAllowedByItsTriggers(string message) => AssertTriggersCover(message);

    [Fact]
    public void EveryMatchingRule_IsAllowedByItsTriggers_OnTheSpecInputs()
    {
        var path = Path.Combine(SpecFolder.Resolve(), SpecRunner.KnownFiles.Single(f => f.Name == "DateTime").RelativePath);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        int inputs = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (c.TryGetProperty("Input", out var input) && input.GetString() is { Length: > 0 } text)
            {
                AssertTriggersCover(text);
                inputs++;
            }
        }
        Assert.True(inputs > 100, $"only {inputs} spec inputs read from {path}");
    }

    [Fact]
    public void Triggers_SkipEveryRule_OnAPlainShopMessage()
    {
        const string text = "what is your return policy for a blue t-shirt";
        var lower = DateTimeRecognizer.Lower(text);
        var scan = DateTimeRecognizer.ScanFor(text, lower);
        // no weekday, month, unit, digit, "the", "to" or "cy" (calendar year) as a word here: no pattern runs ("cy"
        // inside "policy" started one while the triggers were substrings)
        Assert.DoesNotContain(DateTimeRecognizer.Rules, r => scan.Allows(r.Triggers, r.NeedsDigit));
    }

    [Theory]
    [InlineData("=may", "pay in may please", true)]
    [InlineData("=may", "you may-be right", true)]
    [InlineData("=may", "maybe not", false)]
    [InlineData("#pm", "call at 5 pm", true)]
    [InlineData("#pm", "call at 5pm", true)]
    [InlineData("#pm", "pm me at 5", false)]
    [InlineData("mon", "this month", true)]
    [InlineData("mon", "this week", false)]
    [InlineData("a m", "7 a m", true)]
    [InlineData("-", "t-shirt", true)]
    [InlineData("<to", "from 2 to 4", true)]
    [InlineData("<to", "to you 4 times", false)]
    [InlineData("<-", "2 - 4", true)]
    [InlineData("<-", "t-shirt 4", false)]
    [InlineData("-", "t shirt", false)]
    public void Scan_FindsWordsWordsAfterDigitsAndSubstrings(string trigger, string text, bool expected)
    {
        var table = new RuleTriggers();
        var (ids, digit) = table.Compile(["=june", trigger, "zzz"]);
        var (only, _) = table.Compile([trigger]);
        Assert.False(digit);
        var scan = new RuleTriggers.Scan(table, DateTimeRecognizer.Lower(text), ShopBot.Skills.Nlu.Entities.Numbers.Tokenizer.TokenizeUncached(text));
        Assert.Equal(expected, scan.Allows(only, needsDigit: false));
        Assert.Equal(expected, scan.Allows(ids, needsDigit: false));
        Assert.Equal(expected && scan.HasDigit, scan.Allows(only, needsDigit: true));
    }

    [Theory]
    [InlineData("=")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData("=May")]
    public void Compile_RejectsEmptyOrCapitalisedTriggers(string trigger) =>
        Assert.Throws<ArgumentException>(() => new RuleTriggers().Compile([trigger]));

    [Fact]
    public void Compile_AfterTheFirstScan_IsRefused()
    {
        var table = new RuleTriggers();
        table.Compile(["=may"]);
        _ = new RuleTriggers.Scan(table, "in may", ShopBot.Skills.Nlu.Entities.Numbers.Tokenizer.TokenizeUncached("in may"));
        Assert.Throws<InvalidOperationException>(() => table.Compile(["=june"]));
    }

    private static void AssertTriggersCover(string text)
    {
        var lower = DateTimeRecognizer.Lower(text);
        var scan = DateTimeRecognizer.ScanFor(text, lower);
        foreach (var (pattern, build, triggers, needsDigit) in DateTimeRecognizer.Rules)
        {
            if (scan.Allows(triggers, needsDigit)) continue;
            foreach (Match m in pattern.Matches(lower))
            {
                bool found = DateTimeRecognizer.IsWholeMatch(lower, m) && build(m, SpecRunner.DefaultReferenceTime, lower) is not null;
                Assert.False(found, $"'{text}': pattern {pattern} finds '{m.Value}' but its triggers skip it");
            }
        }
    }
}
