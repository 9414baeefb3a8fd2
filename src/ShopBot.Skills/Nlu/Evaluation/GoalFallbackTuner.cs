using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>
/// Chooses the fallback threshold and margin the way a two-part goal reads ("in-scope accuracy as high as possible
/// while out-of-scope recall is at least r"): among the grid points whose out-of-scope recall reaches
/// <c>minOosRecall</c>, the one with the highest in-scope accuracy (ties: the smaller threshold, then margin); when
/// no point reaches it, the one with the highest recall. The predictions come from cross-validation folds of the
/// training data, so every example is scored by a model that did not train on it, out-of-scope examples included.
/// With a <c>confidence</c> above 0, a point reaches the recall only when the one-sided Wilson lower bound of its
/// recall at that confidence does: with 100 out-of-scope examples, 50% needs 59 caught at 95%. The folds' recall is
/// an estimate from few examples (its standard error is 5 points at 100), and it runs high, because a fold model
/// trained on less data is less confident than the model that will be deployed; the bound keeps a margin for both.
/// </summary>
public static class GoalFallbackTuner
{
    /// <summary>Threshold grid: 0, 0.01, ..., 0.95.</summary>
    public const int ThresholdSteps = 96;

    /// <summary>Margin grid: 0, 0.05, ..., 0.5.</summary>
    public const int MarginSteps = 11;

    /// <summary>The confidence the benchmarks and the CLI ask of the recall goal.</summary>
    public const double DefaultConfidence = 0.95;

    /// <summary>
    /// Picks threshold and margin on out-of-fold predictions (pure function of its inputs); <paramref name="confidence"/>
    /// 0 compares the observed recall itself with <paramref name="minOosRecall"/>.
    /// </summary>
    public static FallbackChoice Choose(IReadOnlyList<OutOfFoldPrediction> predictions, double minOosRecall, double confidence = DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (!(minOosRecall is >= 0 and <= 1)) throw new ArgumentException($"minOosRecall must be in [0, 1], was {minOosRecall}.", nameof(minOosRecall));
        if (!(confidence is >= 0 and < 1)) throw new ArgumentException($"confidence must be in [0, 1), was {confidence}.", nameof(confidence));
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
                if (WilsonLowerBound(oosHit, oos, confidence) >= minOosRecall)
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
    /// One-sided lower bound of a proportion observed as <paramref name="successes"/> of <paramref name="trials"/> at
    /// <paramref name="confidence"/> (Wilson's score interval, which stays inside [0, 1] and behaves near 0 and 1); the
    /// observed proportion itself when <paramref name="confidence"/> is 0.
    /// </summary>
    public static double WilsonLowerBound(int successes, int trials, double confidence)
    {
        if (trials <= 0 || successes < 0 || successes > trials) throw new ArgumentException($"Need 0 <= successes <= trials and trials > 0, were {successes} and {trials}.");
        if (!(confidence is >= 0 and < 1)) throw new ArgumentException($"confidence must be in [0, 1), was {confidence}.", nameof(confidence));
        double p = (double)successes / trials;
        if (confidence == 0) return p;
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, confidence), z2 = z * z, n = trials;
        double centre = p + z2 / (2 * n), spread = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Math.Max(0, (centre - spread) / (1 + z2 / n));
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
