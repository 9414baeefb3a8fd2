namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>
/// Chooses threshold and margin on validation data (never on the test set) by grid search, maximising in-scope
/// (1 − w)·in-scope accuracy + w·out-of-scope recall with w = <c>oosWeight</c> (plain accuracy when the validation
/// data has no out_of_scope examples).
/// </summary>
public static class FallbackTuner
{
    /// <summary>Returns the best (threshold, margin) on the grid 0..0.95 step 0.05 by 0..0.5 step 0.05.</summary>
    public static (double Threshold, double Margin) Tune(IIntentClassifier classifier, IReadOnlyList<Intents.LabeledUtterance> validation, double oosWeight = 0.5)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(validation);
        if (!(oosWeight is >= 0 and <= 1)) throw new ArgumentException($"oosWeight must be in [0, 1], was {oosWeight}.", nameof(oosWeight));
        if (validation.Count == 0) throw new ArgumentException("Validation data is empty.", nameof(validation));
        var ranked = validation.Select(v => classifier.Classify(v.Text)).ToArray();
        double best = double.NegativeInfinity;
        (double, double) choice = (0, 0);
        for (int t = 0; t < 20; t++)
        {
            for (int m = 0; m <= 10; m++)
            {
                double threshold = t * 0.05, margin = m * 0.05;
                var predictions = ranked.Select(r => IntentFallback.Choose(r, threshold, margin)).ToArray();
                var report = NluEvaluator.Evaluate(validation, predictions, 0, 0);
                double score = double.IsNaN(report.OosRecall) || double.IsNaN(report.InScopeAccuracy)
                    ? report.Accuracy
                    : (1 - oosWeight) * report.InScopeAccuracy + oosWeight * report.OosRecall;
                if (score > best + 1e-12) { best = score; choice = (threshold, margin); }
            }
        }
        return choice;
    }
}
