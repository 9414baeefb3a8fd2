using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Fits the featurizer and the chosen classifier on labelled utterances.</summary>
public sealed class IntentClassifierTrainer(IntentClassifierOptions? options = null)
{
    private readonly IntentClassifierOptions _options = options ?? new IntentClassifierOptions();

    /// <summary>Trains a model; labels are the distinct <see cref="LabeledUtterance.Label"/> values.</summary>
    public IntentClassifierModel Fit(IReadOnlyList<LabeledUtterance> examples)
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
        ISparseModel model = _options.Classifier switch
        {
            "nb" => new NaiveBayesTrainer(_options.NaiveBayes).Fit(data),
            "lr" => new SoftmaxRegressionTrainer(_options.Logistic).Fit(data),
            _ => new EnsembleTrainer(_options.NaiveBayes, _options.Logistic).Fit(data),
        };
        return new IntentClassifierModel(featurizer, labels, model);
    }
}
