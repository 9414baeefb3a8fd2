using ShopBot.Skills.Nlu.Sentiment;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>A shopper's message labelled with the feeling it expresses and, optionally, whether the writer is upset.</summary>
/// <param name="Text">The message as typed.</param>
/// <param name="Label"><c>negative</c>, <c>neutral</c> or <c>positive</c>.</param>
/// <param name="Upset">Whether a support lead reading it would offer a person; null when the data does not say.</param>
public sealed record SentimentExample(string Text, string Label, bool? Upset);

/// <summary>
/// How a sentiment analyzer does on labelled messages: the label (three classes), the sign of the score on the polar
/// rows, and, at the score at or below which the bot offers a person, how many upset writers get the offer and how
/// many others do.
/// </summary>
public sealed record SentimentReport(
    int Count,
    double Accuracy,
    double PolarAccuracy,
    IReadOnlyDictionary<(string Expected, string Predicted), int> Confusion,
    double OfferThreshold,
    int Upset,
    int UpsetOffered,
    int NotUpsetOffered,
    int NeutralOffered);

/// <summary>Loads labelled shop messages and scores a sentiment analyzer on them.</summary>
public static class SentimentEvaluator
{
    /// <summary>The three labels, in report order.</summary>
    public static IReadOnlyList<string> Labels { get; } = [SentimentModel.Negative, SentimentModel.Neutral, SentimentModel.Positive];

    /// <summary>Parses CSV with the header <c>text,label</c> or <c>text,label,upset</c> (upset: yes/no); see <see cref="SentimentDataLoader.ParseExamples"/>.</summary>
    public static IReadOnlyList<SentimentExample> Parse(string content, string source = "csv") => SentimentDataLoader.ParseExamples(content, source);

    /// <summary>Loads a file written for <see cref="Parse"/>.</summary>
    public static IReadOnlyList<SentimentExample> Load(string path) => SentimentDataLoader.LoadExamples(path);

    /// <summary>Scores <paramref name="analyzer"/>; a message is offered a person when its score is at or below <paramref name="offerThreshold"/>.</summary>
    public static SentimentReport Evaluate(ISentimentAnalyzer analyzer, IReadOnlyList<SentimentExample> examples, double offerThreshold)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0) throw new ArgumentException("No examples.", nameof(examples));
        var confusion = new Dictionary<(string, string), int>();
        int correct = 0, polar = 0, polarCorrect = 0, upset = 0, upsetOffered = 0, notUpsetOffered = 0, neutralOffered = 0;
        foreach (var e in examples)
        {
            var r = analyzer.Analyze(e.Text);
            confusion[(e.Label, r.Label)] = confusion.GetValueOrDefault((e.Label, r.Label)) + 1;
            if (r.Label == e.Label) correct++;
            if (e.Label != SentimentModel.Neutral)
            {
                polar++;
                if (e.Label == SentimentModel.Positive ? r.Score > 0 : r.Score < 0) polarCorrect++;
            }
            bool offered = r.Score <= offerThreshold;
            if (e.Upset == true)
            {
                upset++;
                if (offered) upsetOffered++;
            }
            else if (offered)
            {
                notUpsetOffered++;
                if (e.Label == SentimentModel.Neutral) neutralOffered++;
            }
        }
        return new SentimentReport(examples.Count, (double)correct / examples.Count, polar == 0 ? double.NaN : (double)polarCorrect / polar,
            confusion, offerThreshold, upset, upsetOffered, notUpsetOffered, neutralOffered);
    }
}
