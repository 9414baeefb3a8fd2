using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// Trains <see cref="SentimentModel"/>: logistic regression (two or three classes) on the shared negation-marked TF-IDF
/// features, mixed with a head on a sentence encoder's vectors when one is given.
/// </summary>
public sealed class SentimentTrainer(IntentClassifierOptions? options = null, double neutralBand = 0.3,
    double lexiconBlend = SentimentModel.DefaultLexiconBlend, double lexiconScale = SentimentModel.DefaultLexiconScale,
    ISentenceEncoder? encoder = null)
{
    /// <summary>
    /// Default classifier settings for sentiment, chosen by mean 5-fold CV accuracy within amazon and within imdb (the
    /// shipped model trains on both, and on the yelp part since) over lexicon rules x lexicon weight x L2 x char weight x lexicon blend (see
    /// <see cref="SentimentModel.DefaultLexiconBlend"/>); never by a cross-domain score. Character n-grams are 3-4 long,
    /// as for intents, so one hashing pass serves both models (3-5 scored 0.25 points more without an encoder, 0.1
    /// less with the static one, both within the noise of 1,000 sentences a domain).
    /// </summary>
    public static IntentClassifierOptions DefaultOptions { get; } = new()
    {
        Classifier = "lr",
        Features = new FeaturizerOptions { MaxWordNgram = 2, MinCharNgram = 3, MaxCharNgram = 4, CharWeight = 0.2f, LexiconWeight = 16f },
        Logistic = new SoftmaxRegressionOptions { L2 = 3e-5, LearningRate = 0.25, MaxEpochs = 30 },
    };

    /// <summary>File name of the polarity word lists in a sentiment data folder (see <see cref="PolarityLexicon"/>).</summary>
    public const string LexiconFileName = "polarity-words.txt";

    private readonly IntentClassifierOptions _options = options ?? DefaultOptions;

    /// <summary><see cref="DefaultOptions"/> with the lexicon's count columns added to the features (none when null).</summary>
    public static IntentClassifierOptions OptionsWith(PolarityLexicon? lexicon) =>
        DefaultOptions with { Features = DefaultOptions.Features with { Lexicon = lexicon } };

    /// <summary>
    /// Fits on examples labelled <see cref="SentimentModel.Positive"/>, <see cref="SentimentModel.Negative"/> and
    /// optionally <see cref="SentimentModel.Neutral"/> (then the model is a three-class softmax).
    /// </summary>
    public SentimentModel Fit(IReadOnlyList<LabeledUtterance> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var bad = examples.FirstOrDefault(e => e is not null && e.Label is not (SentimentModel.Positive or SentimentModel.Negative or SentimentModel.Neutral));
        if (bad is not null) throw new ArgumentException($"Sentiment labels must be 'positive', 'negative' or 'neutral', got '{bad.Label}'.", nameof(examples));
        if (!examples.Any(e => e.Label == SentimentModel.Positive) || !examples.Any(e => e.Label == SentimentModel.Negative))
            throw new ArgumentException("Sentiment training needs both positive and negative examples.", nameof(examples));
        // With an encoder, the polarity words themselves, alone and in the frame "it was ...", are positive and
        // negative examples for its head: general English, so what the head learns from them holds in any domain
        // (see the README for the measured effect and how this variant was chosen).
        var lexicon = _options.Features.Lexicon;
        IReadOnlyList<LabeledUtterance> words = encoder is null || lexicon is null
            ? []
            : [.. lexicon.PositiveWords.SelectMany(w => new[] { w, "it was " + w }).Select(w => new LabeledUtterance(w, SentimentModel.Positive)),
               .. lexicon.NegativeWords.SelectMany(w => new[] { w, "it was " + w }).Select(w => new LabeledUtterance(w, SentimentModel.Negative))];
        return new SentimentModel(new IntentClassifierTrainer(_options, encoder).Fit(examples, words), neutralBand, lexiconBlend, lexiconScale);
    }
}
