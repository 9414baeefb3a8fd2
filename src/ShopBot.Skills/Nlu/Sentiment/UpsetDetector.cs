using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// Tells an upset shopper (angry, distressed, out of patience: a support lead would offer a person) from everyone else,
/// mildly negative ones included, which the sentiment score cannot: it is a confidence, and "a bit disappointed with the
/// colour" scores as low as "WHERE IS MY REFUND". A logistic regression on the sentiment features, trained on shop
/// messages only: the upset ones (sentiment CSVs with an <c>upset</c> column) against the calm ones (the rest of those
/// files, plus the neutral shop questions and replies and the "stop"s of the intent data). The review sentences stay
/// out: their strongly negative lines are labelled plain negative, so a class trained beside them learnt the style of a
/// message to a shop rather than anger (README). Thread-safe.
/// </summary>
public sealed class UpsetDetector
{
    /// <summary>Label of upset examples.</summary>
    public const string Upset = "upset";

    /// <summary>Label of every other example.</summary>
    public const string Calm = "calm";

    private readonly int _upsetIndex;

    /// <summary>Wraps a classifier trained on <see cref="Upset"/> and <see cref="Calm"/>.</summary>
    public UpsetDetector(IntentClassifierModel classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var labels = classifier.Labels.ToList();
        if (labels.Count != 2 || !labels.Contains(Upset) || !labels.Contains(Calm))
            throw new ArgumentException("An upset detector needs exactly the labels 'upset' and 'calm'.", nameof(classifier));
        Classifier = classifier;
        _upsetIndex = labels.IndexOf(Upset);
    }

    /// <summary>The underlying classifier.</summary>
    public IntentClassifierModel Classifier { get; }

    /// <summary>P(upset) for <paramref name="text"/>; 0 for empty text. Allocation-free.</summary>
    public double Probability(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return 0;
        Span<double> logp = stackalloc double[2];
        Classifier.PredictLogProba(text, logp);
        return Math.Exp(logp[_upsetIndex]);
    }

    /// <summary>
    /// The training set: every row of <paramref name="shopMessages"/> (upset or calm as marked) and every
    /// <paramref name="calmExamples"/> text as calm.
    /// </summary>
    public static IReadOnlyList<LabeledUtterance> Examples(IEnumerable<SentimentExample> shopMessages, IEnumerable<string> calmExamples)
    {
        ArgumentNullException.ThrowIfNull(shopMessages);
        ArgumentNullException.ThrowIfNull(calmExamples);
        return [.. shopMessages.Where(e => e.Upset is not null).Select(e => new LabeledUtterance(e.Text, e.Upset == true ? Upset : Calm)),
                .. calmExamples.Select(t => new LabeledUtterance(t, Calm))];
    }

    /// <summary>
    /// The shipped recipe: trains on <paramref name="shopMessages"/> and the calm examples of <paramref name="intents"/>
    /// (<see cref="CalmIntentExamples"/>) with the sentiment model's features.
    /// </summary>
    public static UpsetDetector Fit(IEnumerable<SentimentExample> shopMessages, IEnumerable<LabeledUtterance> intents, IntentClassifierOptions options) =>
        Fit(Examples(shopMessages, CalmIntentExamples(intents)), options);

    /// <summary>Trains on <see cref="Examples"/> with the sentiment model's features (<paramref name="options"/>).</summary>
    public static UpsetDetector Fit(IReadOnlyList<LabeledUtterance> examples, IntentClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        if (!examples.Any(e => e.Label == Upset) || !examples.Any(e => e.Label == Calm))
            throw new ArgumentException("An upset detector needs upset and calm examples.", nameof(examples));
        return new UpsetDetector(new IntentClassifierTrainer(options with { Classifier = "lr" }).Fit(examples));
    }

    /// <summary>
    /// Calm examples from the intent data: the neutral questions and replies, and "stop" / "never mind" (a shopper
    /// calling a dialog off is not upset). Not the thanks: the detector only ever sees messages that read negative, and
    /// praising thanks share words with anger ("best customer service ever" taught "worst service ever" calm: 0.69 fell
    /// to 0.21 when dialogs/intents/praise.lu joined).
    /// </summary>
    public static IEnumerable<string> CalmIntentExamples(IEnumerable<LabeledUtterance> intents)
    {
        ArgumentNullException.ThrowIfNull(intents);
        var all = intents.ToList();
        return NeutralExamples.Select(all).Select(e => e.Text).Concat(all.Where(e => e.Label is "stop").Select(e => e.Text));
    }

    /// <summary>The shop messages of every sentiment CSV that has an <c>upset</c> column (the others are skipped).</summary>
    public static IReadOnlyList<SentimentExample> ShopMessages(IEnumerable<string> sentimentFiles)
    {
        ArgumentNullException.ThrowIfNull(sentimentFiles);
        var result = new List<SentimentExample>();
        foreach (var file in sentimentFiles)
        {
            string header = File.ReadLines(file).FirstOrDefault() ?? "";
            if (Lu.CsvReader.Parse(header, file) is [var columns, ..] && SentimentDataLoader.HasUpsetColumn(columns)) result.AddRange(SentimentDataLoader.LoadExamples(file));
        }
        return result;
    }
}
