using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>k-fold cross-validation: seeded stratified folds, predictions pooled over folds into one report.</summary>
public static class CrossValidator
{
    /// <summary>Trains on k−1 folds and predicts the held-out fold, k times.</summary>
    public static EvaluationReport Run(IReadOnlyList<LabeledUtterance> data, int folds, IntentClassifierOptions options, double threshold, double margin, int seed = 13, IProgress<int>? progress = null,
        Embeddings.ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (folds < 2) throw new ArgumentException($"folds must be at least 2, was {folds}.", nameof(folds));
        if (data.Count < folds) throw new ArgumentException($"{data.Count} examples cannot fill {folds} folds.", nameof(data));
        var fold = AssignFolds(data, folds, seed);
        var predictions = new IntentScore[data.Count];
        for (int k = 0; k < folds; k++)
        {
            var train = data.Where((_, i) => fold[i] != k).ToArray();
            var model = new IntentClassifierTrainer(options, encoder).Fit(train);
            for (int i = 0; i < data.Count; i++)
                if (fold[i] == k) predictions[i] = IntentFallback.Choose(model.Classify(data[i].Text), threshold, margin);
            progress?.Report(k + 1);
        }
        return NluEvaluator.Evaluate(data, predictions);
    }

    /// <summary>Round-robin fold numbers within each label after a seeded shuffle (stratified).</summary>
    internal static int[] AssignFolds(IReadOnlyList<LabeledUtterance> data, int folds, int seed)
    {
        var rng = new Random(seed);
        var fold = new int[data.Count];
        foreach (var group in Enumerable.Range(0, data.Count).GroupBy(i => data[i].Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            rng.Shuffle(members);
            for (int j = 0; j < members.Length; j++) fold[members[j]] = j % folds;
        }
        return fold;
    }
}
