using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>Scores predicted intents against labels: accuracy, macro F1, per-intent P/R/F1, oos recall, confusions.</summary>
public static class NluEvaluator
{
    /// <summary>Builds the report from expected labels and predictions (intent, confidence) in the same order.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<LabeledUtterance> test, IReadOnlyList<IntentScore> predictions, int maxPairs = 10, int maxExamples = 200)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(predictions);
        if (test.Count == 0) throw new ArgumentException("The test set is empty.", nameof(test));
        if (test.Count != predictions.Count) throw new ArgumentException($"{test.Count} examples but {predictions.Count} predictions.");
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        var wrong = new List<Misclassification>();
        int correct = 0, oos = 0, oosHit = 0, inScope = 0, inScopeHit = 0;
        for (int i = 0; i < test.Count; i++)
        {
            string expected = test[i].Label, got = predictions[i].Name;
            Increment(support, expected);
            Increment(predicted, got);
            bool ok = expected == got;
            if (ok) { correct++; Increment(tp, expected); }
            else
            {
                pairs[(expected, got)] = pairs.GetValueOrDefault((expected, got)) + 1;
                if (wrong.Count < maxExamples) wrong.Add(new Misclassification(test[i].Text, expected, got, predictions[i].Confidence));
            }
            if (expected == RecognizerResult.OutOfScope) { oos++; if (ok) oosHit++; }
            else { inScope++; if (ok) inScopeHit++; }
        }
        var intents = support.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal).ToArray();
        var perIntent = intents.Select(name =>
        {
            int t = tp.GetValueOrDefault(name), s = support.GetValueOrDefault(name), p = predicted.GetValueOrDefault(name);
            double precision = p == 0 ? 0 : (double)t / p, recall = s == 0 ? 0 : (double)t / s;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new IntentMetrics(name, precision, recall, f1, s);
        }).ToArray();
        var confused = pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(maxPairs).Select(p => new ConfusedPair(p.Key.Item1, p.Key.Item2, p.Value)).ToArray();
        return new EvaluationReport(
            test.Count,
            (double)correct / test.Count,
            perIntent.Average(m => m.F1),
            oos == 0 ? double.NaN : (double)oosHit / oos,
            inScope == 0 ? double.NaN : (double)inScopeHit / inScope,
            perIntent,
            confused,
            wrong);
    }

    /// <summary>Classifies every test example with fallback and evaluates.</summary>
    public static EvaluationReport Evaluate(IIntentClassifier classifier, IReadOnlyList<LabeledUtterance> test, double threshold, double margin, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(test);
        var predictions = new IntentScore[test.Count];
        for (int i = 0; i < test.Count; i++)
        {
            predictions[i] = IntentFallback.Choose(classifier.Classify(test[i].Text), threshold, margin);
            progress?.Report(i + 1);
        }
        return Evaluate(test, predictions);
    }

    private static void Increment(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
