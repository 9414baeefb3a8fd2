using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// A trained text classifier read as sentiment, with two classes (negative/positive) or three (negative/neutral/
/// positive, a softmax over all three). Score = P(positive) − P(negative) in [-1, 1], so probability mass on neutral
/// pulls the score towards 0. The label is <c>neutral</c> when neutral is the most probable class or |score| is below
/// <see cref="NeutralBand"/>, else the sign of the score. Negation-aware through the shared text pipeline
/// (<c>not good</c> yields the feature NEG_good). When the classifier's features carry a <see cref="PolarityLexicon"/>,
/// the polar mass P(positive) + P(negative) is re-split as a mixture: (1 − <see cref="LexiconBlend"/>) of the
/// classifier's split plus <see cref="LexiconBlend"/> of a pure lexicon classifier σ(<see cref="LexiconScale"/> · s),
/// s = positive − negative − 0.74 · negated positive + 0.74 · negated negative (weighted counts; 0.74 is the VADER
/// negation factor, Hutto and Gilbert 2014); a text with s = 0 keeps the classifier's split. P(neutral) never changes.
/// Thread-safe.
/// </summary>
public sealed class SentimentModel : ISentimentAnalyzer
{
    /// <summary>Label of positive training examples.</summary>
    public const string Positive = "positive";

    /// <summary>Label of negative training examples.</summary>
    public const string Negative = "negative";

    /// <summary>Label of neutral training examples (optional third class).</summary>
    public const string Neutral = "neutral";

    /// <summary>Default <see cref="LexiconBlend"/>, chosen jointly with the feature settings by mean 5-fold CV accuracy within amazon and within imdb (never by a cross-domain score).</summary>
    public const double DefaultLexiconBlend = 0.2;

    /// <summary>Default <see cref="LexiconScale"/> (chosen with <see cref="DefaultLexiconBlend"/>).</summary>
    public const double DefaultLexiconScale = 1;

    /// <summary>How much a negated polar word counts, with its sign flipped, in the lexicon score.</summary>
    private const float NegationFactor = 0.74f;

    private readonly PolarityLexicon? _lexicon;
    private readonly int _positiveIndex;
    private readonly int _negativeIndex;
    private readonly int _neutralIndex;

    /// <summary>Wraps a classifier trained on <see cref="Positive"/>/<see cref="Negative"/> (and optionally <see cref="Neutral"/>) labels.</summary>
    public SentimentModel(IntentClassifierModel classifier, double neutralBand = 0.3, double lexiconBlend = DefaultLexiconBlend, double lexiconScale = DefaultLexiconScale)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var labels = classifier.Labels.ToList();
        bool valid = labels.Contains(Positive) && labels.Contains(Negative)
            && (labels.Count == 2 || (labels.Count == 3 && labels.Contains(Neutral)));
        if (!valid)
            throw new ArgumentException("A sentiment classifier needs the labels 'negative' and 'positive', and optionally 'neutral'.", nameof(classifier));
        if (!(neutralBand is >= 0 and < 1)) throw new ArgumentException($"neutralBand must be in [0, 1), was {neutralBand}.", nameof(neutralBand));
        if (!(lexiconBlend is >= 0 and <= 1)) throw new ArgumentException($"lexiconBlend must be in [0, 1], was {lexiconBlend}.", nameof(lexiconBlend));
        if (!(lexiconScale > 0) || double.IsInfinity(lexiconScale)) throw new ArgumentException($"lexiconScale must be positive, was {lexiconScale}.", nameof(lexiconScale));
        Classifier = classifier;
        NeutralBand = neutralBand;
        LexiconBlend = lexiconBlend;
        LexiconScale = lexiconScale;
        _lexicon = lexiconBlend > 0 ? classifier.Featurizer.Options.Lexicon : null;
        _positiveIndex = labels.IndexOf(Positive);
        _negativeIndex = labels.IndexOf(Negative);
        _neutralIndex = labels.IndexOf(Neutral);
    }

    /// <summary>The underlying classifier.</summary>
    public IntentClassifierModel Classifier { get; }

    /// <summary>Scores with absolute value below this are neutral.</summary>
    public double NeutralBand { get; }

    /// <summary>Weight of the pure lexicon classifier in the polar split (0 = the classifier alone).</summary>
    public double LexiconBlend { get; }

    /// <summary>Slope of the pure lexicon classifier σ(scale · s).</summary>
    public double LexiconScale { get; }

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
        double positive = Math.Exp(logp[_positiveIndex]), negative = Math.Exp(logp[_negativeIndex]);
        double neutral = _neutralIndex >= 0 ? Math.Exp(logp[_neutralIndex]) : 0;
        if (_lexicon is not null)
        {
            Span<float> sums = stackalloc float[4];
            sums.Clear();
            _lexicon.Accumulate(text, sums);
            double s = sums[0] - sums[1] - NegationFactor * (sums[2] - sums[3]);
            if (s != 0)
            {
                double q = 1 / (1 + Math.Exp(-LexiconScale * s)), polar = positive + negative, w = LexiconBlend;
                positive = (1 - w) * positive + w * polar * q;
                negative = (1 - w) * negative + w * polar * (1 - q);
            }
        }
        return (positive, negative, neutral);
    }

    /// <summary>Saves the underlying classifier.</summary>
    public void Save(Stream stream) => Classifier.Save(stream);

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static SentimentModel Load(Stream stream, double neutralBand = 0.3, double lexiconBlend = DefaultLexiconBlend, double lexiconScale = DefaultLexiconScale,
        Embeddings.ISentenceEncoder? encoder = null) =>
        new(IntentClassifierModel.Load(stream, encoder), neutralBand, lexiconBlend, lexiconScale);
}
