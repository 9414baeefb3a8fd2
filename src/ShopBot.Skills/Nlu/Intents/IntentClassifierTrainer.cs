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
        if (encoder is null) return new IntentClassifierModel(featurizer, labels, FitSparse(data));
        headOnly ??= [];
        if (headOnly.Any(e => e is null || e.Text is null || !index.ContainsKey(e.Label))) throw new ArgumentException($"Head-only examples need a text and one of the labels {string.Join(", ", labels)}.", nameof(headOnly));
        var vectors = encoder.Encode(examples.Select(e => e.Text).ToArray());
        var extraVectors = encoder.Encode(headOnly.Select(e => e.Text).ToArray());
        var (sparse, head) = FitWithHead(data, vectors, extraVectors, headOnly.Select(e => index[e.Label]).ToArray());
        return new IntentClassifierModel(featurizer, labels, sparse, head);
    }

    private ISparseModel FitSparse(TrainingSet data) => _options.Classifier switch
    {
        "nb" => new NaiveBayesTrainer(_options.NaiveBayes).Fit(data),
        "lr" => new SoftmaxRegressionTrainer(_options.Logistic).Fit(data),
        _ => new EnsembleTrainer(_options.NaiveBayes, _options.Logistic).Fit(data),
    };

    /// <summary>
    /// The bag-of-words model and the head, with the head's weight and temperature chosen on one held-out split that
    /// both models leave out (the ensemble's own split, so its held-out fits serve twice). The head's fits run beside
    /// the bag-of-words fits; each fit is sequential and seeded, so the result does not depend on the timing.
    /// </summary>
    private (ISparseModel Sparse, EncoderHead Head) FitWithHead(TrainingSet words, float[][] vectors, float[][] extraVectors, int[] extraLabels)
    {
        var head = _options.EncoderHead;
        int c = words.ClassCount, n = vectors.Length;
        // Rows 0..n-1 are the examples, n.. the head-only ones (never held out).
        float[][] dense = [.. vectors, .. extraVectors];
        int[] denseLabels = [.. words.Labels, .. extraLabels];
        var extra = Enumerable.Range(n, extraVectors.Length);
        var ensemble = new EnsembleTrainer(_options.NaiveBayes, _options.Logistic, head.HoldoutFraction, head.Seed);
        var (train, held) = ensemble.Split(words);
        bool calibrate = held.Length >= 10 && train.Length >= c;
        var denseFull = Task.Run(() => new DenseSoftmaxTrainer(head.Logistic).Fit(dense, denseLabels, c));
        var denseHeld = Task.Run(() => calibrate ? HeldOutScores(new DenseSoftmaxTrainer(head.Logistic).Fit(dense, denseLabels, c, [.. train, .. extra]), dense, held) : null);
        ISparseModel sparse;
        double[]? wordScores;
        if (_options.Classifier is "nb" or "lr")
        {
            sparse = FitSparse(words);
            wordScores = calibrate ? MixtureCalibration.HeldOutScores(FitSparse(EnsembleTrainer.Subset(words, train)), words, held).Scores : null;
        }
        else
        {
            sparse = ensemble.Fit(words, train, held, out wordScores);
        }
        var denseScores = denseHeld.GetAwaiter().GetResult();
        double weight = 0.5, temperature = 1;
        if (wordScores is not null && denseScores is not null)
            (weight, temperature) = MixtureCalibration.Choose(wordScores, denseScores, [.. held.Select(i => words.Labels[i])], c);
        HeadChoice = (weight, temperature);
        // A memoizing wrapper only saves encoding work while training; the model serves with the encoder it wraps.
        var serving = encoder is MemoizingSentenceEncoder memo ? memo.Inner : encoder!;
        return (sparse, new EncoderHead(serving, denseFull.GetAwaiter().GetResult(), weight, temperature));
    }

    private static double[] HeldOutScores(SoftmaxRegressionModel model, float[][] vectors, int[] rows)
    {
        int c = model.ClassCount;
        var scores = new double[rows.Length * c];
        Span<float> logits = new float[c];
        for (int i = 0; i < rows.Length; i++)
        {
            model.Logits(vectors[rows[i]], logits);
            var row = scores.AsSpan(i * c, c);
            for (int y = 0; y < c; y++) row[y] = logits[y];
            LogMath.LogNormalize(row);
        }
        return scores;
    }
}
