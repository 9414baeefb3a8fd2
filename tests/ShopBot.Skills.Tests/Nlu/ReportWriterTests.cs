using System.Text.Json;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Tests.Nlu;

public class ReportWriterTests
{
    private static EvaluationReport Report() => NluEvaluator.Evaluate(
        [new LabeledUtterance("<script>alert(1)</script>", "greet"), new LabeledUtterance("bye", "goodbye")],
        [new ShopBot.Skills.Nlu.IntentScore("goodbye", 0.6), new ShopBot.Skills.Nlu.IntentScore("goodbye", 0.9)]);

    [Fact]
    public void Html_EncodesEveryText()
    {
        string html = ReportWriter.ToHtml(Report(), "a & b");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<title>a &amp; b</title>", html);
    }

    [Fact]
    public void Json_HasTheRequiredKeys()
    {
        using var doc = JsonDocument.Parse(ReportWriter.ToJson(Report()));
        var root = doc.RootElement;
        Assert.Equal(0.5, root.GetProperty("accuracy").GetDouble(), 10);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("oos_recall").ValueKind);
        Assert.True(root.TryGetProperty("macro_f1", out _));
        Assert.Equal(1.0, root.GetProperty("per_intent").GetProperty("goodbye").GetProperty("recall").GetDouble(), 10);
    }

    [Fact]
    public void CrossValidator_PoolsEveryExampleOnce()
    {
        var data = IntentClassifierTests.Shop();
        var report = CrossValidator.Run(data, 3, new IntentClassifierOptions { Classifier = "nb" }, 0, 0);
        Assert.Equal(data.Count, report.Count);
        Assert.True(report.Accuracy > 0.5, $"accuracy {report.Accuracy}");
        var folds = CrossValidator.AssignFolds(data, 3, 1);
        Assert.All(data.GroupBy(d => d.Label), g => Assert.Equal(3, g.Select(d => folds[data.ToList().IndexOf(d)]).Distinct().Count()));
        Assert.Throws<ArgumentException>(() => CrossValidator.Run(data, 1, new IntentClassifierOptions(), 0, 0));
    }
}
