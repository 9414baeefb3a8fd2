using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>
/// Chooses the fallback threshold and margin the way a two-part goal reads ("in-scope accuracy as high as possible
/// while out-of-scope recall is at least r"): among the grid points whose out-of-scope recall reaches
/// <c>minOosRecall</c>, the one with the highest in-scope accuracy (ties: the smaller threshold, then margin); when
/// no point reaches it, the one with the highest recall. The predictions come from cross-validation folds of the
/// training data, so every example is scored by a model that did not train on it, out-of-scope examples included.
/// </summary>
public static class GoalFallbackTuner
{
    /// <summary>Threshold grid: 0, 0.01, ..., 0.95.</summary>
    public const int ThresholdSteps = 96;

    /// <summary>Margin grid: 0, 0.05, ..., 0.5.</summary>
    public const int MarginSteps = 11;

    /// <summary>Picks threshold and margin on out-of-fold predictions (pure function of its inputs).</summary>
    public static FallbackChoice Choose(IReadOnlyList<OutOfFoldPrediction> predictions, double minOosRecall)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (!(minOosRecall is >= 0 and <= 1)) throw new ArgumentException($"minOosRecall must be in [0, 1], was {minOosRecall}.", nameof(minOosRecall));
        int oos = 0, inScope = 0;
        foreach (var p in predictions) { if (p.ExpectedOutOfScope) oos++; else inScope++; }
        if (oos == 0 || inScope == 0) throw new ArgumentException("Tuning the fallback needs both in-scope and out-of-scope examples.", nameof(predictions));
        FallbackChoice? feasible = null, fallback = null;
        for (int t = 0; t < ThresholdSteps; t++)
        {
            for (int m = 0; m < MarginSteps; m++)
            {
                double threshold = t * 0.01, margin = m * 0.05;
                int inHit = 0, oosHit = 0;
                foreach (var p in predictions)
                {
                    bool saysOos = p.TopIsOutOfScope || IntentFallback.ShouldFallBack(p.Top, p.Second, threshold, margin);
                    if (p.ExpectedOutOfScope) { if (saysOos) oosHit++; }
                    else if (!saysOos && p.TopCorrect) inHit++;
                }
                var c = new FallbackChoice(threshold, margin, (double)inHit / inScope, (double)oosHit / oos);
                if (c.OosRecall >= minOosRecall)
                {
                    if (feasible is null || c.InScopeAccuracy > feasible.InScopeAccuracy) feasible = c;
                }
                else if (fallback is null || c.OosRecall > fallback.OosRecall
                    || (c.OosRecall == fallback.OosRecall && c.InScopeAccuracy > fallback.InScopeAccuracy))
                {
                    fallback = c;
                }
            }
        }
        return feasible ?? fallback!;
    }

    /// <summary>
    /// Scores every training example with a model trained on the other folds (seeded, stratified by label, so each
    /// held-out fold holds out-of-scope examples its model never saw).
    /// </summary>
    public static IReadOnlyList<OutOfFoldPrediction> CrossValidate(IReadOnlyList<LabeledUtterance> data, IntentClassifierOptions options, int folds = 5, int seed = 13, IProgress<int>? progress = null,
        Embeddings.ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (folds < 2) throw new ArgumentException($"folds must be at least 2, was {folds}.", nameof(folds));
        if (data.Count < folds) throw new ArgumentException($"{data.Count} examples cannot fill {folds} folds.", nameof(data));
        var fold = CrossValidator.AssignFolds(data, folds, seed);
        var result = new OutOfFoldPrediction[data.Count];
        for (int k = 0; k < folds; k++)
        {
            var model = new IntentClassifierTrainer(options, encoder).Fit(data.Where((_, i) => fold[i] != k).ToArray());
            for (int i = 0; i < data.Count; i++)
            {
                if (fold[i] != k) continue;
                var (best, top, second) = model.Top2(data[i].Text);
                string label = model.Labels[best];
                result[i] = new OutOfFoldPrediction(data[i].Label == RecognizerResult.OutOfScope, label == data[i].Label, label == RecognizerResult.OutOfScope, top, second);
            }
            progress?.Report(k + 1);
        }
        return result;
    }
}
