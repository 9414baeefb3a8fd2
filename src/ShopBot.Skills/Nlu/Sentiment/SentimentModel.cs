using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// A trained text classifier read as sentiment, with two classes (negative/positive) or three (negative/neutral/
/// positive, a softmax over all three). Score = P(positive) − P(negative) in [-1, 1], so probability mass on neutral
/// pulls the score towards 0. The label is <c>neutral</c> when neutral is the most probable class or |score| is below
/// <see cref="NeutralBand"/>, else the sign of the score. Negation-aware through the shared text pipeline
/// (<c>not good</c> yields the feature NEG_good). Thread-safe.
/// </summary>
public sealed class SentimentModel : ISentimentAnalyzer
{
    /// <summary>Label of positive training examples.</summary>
    public const string Positive = "positive";

    /// <summary>Label of negative training examples.</summary>
    public const string Negative = "negative";

    /// <summary>Label of neutral training examples (optional third class).</summary>
    public const string Neutral = "neutral";

    private readonly int _positiveIndex;
    private readonly int _negativeIndex;
    private readonly int _neutralIndex;

    /// <summary>Wraps a classifier trained on <see cref="Positive"/>/<see cref="Negative"/> (and optionally <see cref="Neutral"/>) labels.</summary>
    public SentimentModel(IntentClassifierModel classifier, double neutralBand = 0.3)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var labels = classifier.Labels.ToList();
        bool valid = labels.Contains(Positive) && labels.Contains(Negative)
            && (labels.Count == 2 || (labels.Count == 3 && labels.Contains(Neutral)));
        if (!valid)
            throw new ArgumentException("A sentiment classifier needs the labels 'negative' and 'positive', and optionally 'neutral'.", nameof(classifier));
        if (!(neutralBand is >= 0 and < 1)) throw new ArgumentException($"neutralBand must be in [0, 1), was {neutralBand}.", nameof(neutralBand));
        Classifier = classifier;
        NeutralBand = neutralBand;
        _positiveIndex = labels.IndexOf(Positive);
        _negativeIndex = labels.IndexOf(Negative);
        _neutralIndex = labels.IndexOf(Neutral);
    }

    /// <summary>The underlying classifier.</summary>
    public IntentClassifierModel Classifier { get; }

    /// <summary>Scores with absolute value below this are neutral.</summary>
    public double NeutralBand { get; }

    /// <summary>Whether the model has a trained neutral class.</summary>
    public bool HasNeutralClass => _neutralIndex >= 0;

    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return SentimentResult.Neutral;
        var (positive, negative, neutral) = Probabilities(text);
        double score = Math.Clamp(positive - negative, -1, 1);
        bool isNeutral = Math.Abs(score) < NeutralBand || neutral >= Math.Max(positive, negative);
        return new SentimentResult(isNeutral ? Neutral : score > 0 ? Positive : Negative, score);
    }

    /// <summary>P(positive) − P(negative) in [-1, 1]; allocation-free.</summary>
    public double Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var (positive, negative, _) = Probabilities(text);
        return Math.Clamp(positive - negative, -1, 1);
    }

    private (double Positive, double Negative, double Neutral) Probabilities(string text)
    {
        Span<double> logp = stackalloc double[3];
        Classifier.PredictLogProba(text, logp);
        return (Math.Exp(logp[_positiveIndex]), Math.Exp(logp[_negativeIndex]), _neutralIndex >= 0 ? Math.Exp(logp[_neutralIndex]) : 0);
    }

    /// <summary>Saves the underlying classifier.</summary>
    public void Save(Stream stream) => Classifier.Save(stream);

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static SentimentModel Load(Stream stream, double neutralBand = 0.3) => new(IntentClassifierModel.Load(stream), neutralBand);
}
