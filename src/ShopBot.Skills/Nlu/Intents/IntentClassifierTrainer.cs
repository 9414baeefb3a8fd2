using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits the featurizer and the chosen classifier on labelled utterances. Given a sentence encoder, it also fits an
/// <see cref="EncoderHead"/>: a softmax regression on the sentence vectors whose mixing weight and temperature are
/// chosen by held-out log-likelihood (both models trained on the rest), then refitted on all the data.
/// </summary>
public sealed class IntentClassifierTrainer(IntentClassifierOptions? options = null, ISentenceEncoder? encoder = null)
{
    private readonly IntentClassifierOptions _options = options ?? new IntentClassifierOptions();

    /// <summary>The held-out choice of the last fit with an encoder: the head's weight and the temperature (for reports).</summary>
    public (double Weight, double Temperature)? HeadChoice { get; private set; }

    /// <summary>
    /// Trains a model; labels are the distinct <see cref="LabeledUtterance.Label"/> values. <paramref name="headOnly"/>
    /// examples (labels among those of <paramref name="examples"/>) train only the encoder head, always on the fitting
    /// side of its held-out split: general knowledge such as polarity words, which a sentence encoder reads in any domain.
    /// </summary>
    public IntentClassifierModel Fit(IReadOnlyList<LabeledUtterance> examples, IReadOnlyList<LabeledUtterance>? headOnly = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        _options.Validate();
        if (examples.Count == 0) throw new ArgumentException("No training examples.", nameof(examples));
        if (examples.Any(e => e is null || string.IsNullOrWhiteSpace(e.Label) || e.Text is null))
            throw new ArgumentException("Every example needs a text and a non-empty label.", nameof(examples));
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var featurizer = TextFeaturizer.Fit(examples.Select(e => e.Text).ToArray(), _options.Features);
        var rows = examples.Select(e => featurizer.Transform(e.Text)).ToArray();
        var data = new TrainingSet(rows, examples.Select(e => index[e.Label]).ToArray(), labels.Length, featurizer.ColumnCount);
        var model = FitSparse(data);
        if (encoder is null) return new IntentClassifierModel(featurizer, labels, model);
        headOnly ??= [];
        if (headOnly.Any(e => e is null || e.Text is null || !index.ContainsKey(e.Label))) throw new ArgumentException($"Head-only examples need a text and one of the labels {string.Join(", ", labels)}.", nameof(headOnly));
        var vectors = encoder.Encode(examples.Select(e => e.Text).ToArray());
        var extraVectors = encoder.Encode(headOnly.Select(e => e.Text).ToArray());
        return new IntentClassifierModel(featurizer, labels, model, FitHead(data, vectors, extraVectors, headOnly.Select(e => index[e.Label]).ToArray()));
    }

    private ISparseModel FitSparse(TrainingSet data) => _options.Classifier switch
    {
        "nb" => new NaiveBayesTrainer(_options.NaiveBayes).Fit(data),
        "lr" => new SoftmaxRegressionTrainer(_options.Logistic).Fit(data),
        _ => new EnsembleTrainer(_options.NaiveBayes, _options.Logistic).Fit(data),
    };

    private EncoderHead FitHead(TrainingSet words, float[][] vectors, float[][] extraVectors, int[] extraLabels)
    {
        var head = _options.EncoderHead;
        int c = words.ClassCount, d = encoder!.Dimension, n = vectors.Length;
        var columns = EncoderHead.DenseColumns(d);
        // Rows 0..n-1 are the examples, n.. the head-only ones (never held out).
        var dense = new TrainingSet([.. vectors.Concat(extraVectors).Select(v => new SparseVector(columns, v))], [.. words.Labels, .. extraLabels], c, d);
        var extra = Enumerable.Range(n, extraVectors.Length).ToArray();
        var denseTrainer = new SoftmaxRegressionTrainer(head.Logistic);
        var (train, held) = EnsembleTrainer.StratifiedSplit(words.Labels, c, head.HoldoutFraction, head.Seed);
        double weight = 0.5, temperature = 1;
        if (held.Length >= 10 && train.Length >= c)
        {
            var wordModel = FitSparse(EnsembleTrainer.Subset(words, train));
            var denseModel = denseTrainer.Fit(EnsembleTrainer.Subset(dense, [.. train, .. extra]));
            var (wordScores, labels) = MixtureCalibration.HeldOutScores(wordModel, words, held);
            var (denseScores, _) = MixtureCalibration.HeldOutScores(denseModel, dense, held);
            (weight, temperature) = MixtureCalibration.Choose(wordScores, denseScores, labels, c);
        }
        HeadChoice = (weight, temperature);
        // A memoizing wrapper only saves encoding work while training; the model serves with the encoder it wraps.
        var serving = encoder is MemoizingSentenceEncoder memo ? memo.Inner : encoder;
        return new EncoderHead(serving, denseTrainer.Fit(dense), weight, temperature);
    }
}
