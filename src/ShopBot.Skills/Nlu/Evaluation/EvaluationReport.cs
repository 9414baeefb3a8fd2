namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>
/// Intent evaluation results. <see cref="OosRecall"/> is the share of out_of_scope examples predicted out_of_scope
/// (NaN when the test set has none); <see cref="InScopeAccuracy"/> is accuracy over the other examples (CLINC150's
/// "in-scope accuracy"). <see cref="MacroF1"/> averages F1 over intents present in the test set or predictions.
/// </summary>
public sealed record EvaluationReport(
    int Count,
    double Accuracy,
    double MacroF1,
    double OosRecall,
    double InScopeAccuracy,
    IReadOnlyList<IntentMetrics> PerIntent,
    IReadOnlyList<ConfusedPair> ConfusedPairs,
    IReadOnlyList<Misclassification> Misclassified);
