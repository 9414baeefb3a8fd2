using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// A trained two-class (negative/positive) text classifier read as sentiment: score = 2·P(positive) − 1 in [-1, 1];
/// |score| below <see cref="NeutralBand"/> is <c>neutral</c>. Negation-aware through the shared text pipeline
/// (<c>not good</c> yields the feature NEG_good). Thread-safe.
/// </summary>
public sealed class SentimentModel : ISentimentAnalyzer
{
    /// <summary>Label of positive training examples.</summary>
    public const string Positive = "positive";

    /// <summary>Label of negative training examples.</summary>
    public const string Negative = "negative";

    private readonly int _positiveIndex;

    /// <summary>Wraps a classifier trained on <see cref="Positive"/>/<see cref="Negative"/> labels.</summary>
    public SentimentModel(IntentClassifierModel classifier, double neutralBand = 0.3)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (classifier.Labels.Count != 2 || !classifier.Labels.Contains(Positive) || !classifier.Labels.Contains(Negative))
            throw new ArgumentException("A sentiment classifier needs exactly the labels 'negative' and 'positive'.", nameof(classifier));
        if (!(neutralBand is >= 0 and < 1)) throw new ArgumentException($"neutralBand must be in [0, 1), was {neutralBand}.", nameof(neutralBand));
        Classifier = classifier;
        NeutralBand = neutralBand;
        _positiveIndex = classifier.Labels.ToList().IndexOf(Positive);
    }

    /// <summary>The underlying binary classifier.</summary>
    public IntentClassifierModel Classifier { get; }

    /// <summary>Scores with absolute value below this are neutral.</summary>
    public double NeutralBand { get; }

    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double score = Score(text);
        string label = Math.Abs(score) < NeutralBand ? "neutral" : score > 0 ? Positive : Negative;
        return new SentimentResult(label, score);
    }

    /// <summary>2·P(positive) − 1; allocation-free.</summary>
    public double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return 0;
        Span<double> logp = stackalloc double[2];
        Classifier.PredictLogProba(text, logp);
        return Math.Clamp(2 * Math.Exp(logp[_positiveIndex]) - 1, -1, 1);
    }

    /// <summary>Saves the underlying classifier.</summary>
    public void Save(Stream stream) => Classifier.Save(stream);

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static SentimentModel Load(Stream stream, double neutralBand = 0.3) => new(IntentClassifierModel.Load(stream), neutralBand);
}
