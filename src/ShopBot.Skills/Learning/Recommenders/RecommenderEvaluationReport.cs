namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Result of <see cref="RecommenderEvaluator.Evaluate"/>. Rating metrics are means over the folds; top-k metrics
/// are means over the users with at least one relevant held-out item. "Baseline" = popularity: for ratings the
/// item's mean training rating (global mean for unseen items), for top-k the most popular unseen items.
/// </summary>
/// <remarks><see cref="Rmse"/> and <see cref="Mae"/> are those of <see cref="ExplicitModel"/> (SVD++ by default); both MF variants are also reported.</remarks>
public sealed record RecommenderEvaluationReport(
    int Ratings,
    int Users,
    int Items,
    int Folds,
    string ExplicitModel,
    double Rmse,
    double Mae,
    double BiasedMfRmse,
    double BiasedMfMae,
    double SvdPlusPlusRmse,
    double SvdPlusPlusMae,
    double BaselineRmse,
    double BaselineMae,
    double BaselineOnlyRmse,
    double BaselineOnlyMae,
    int TopK,
    string TopKSplit,
    int TopKUsers,
    double PrecisionAtK,
    double RecallAtK,
    double NdcgAtK,
    double Coverage,
    double BaselinePrecisionAtK,
    double BaselineRecallAtK,
    double BaselineNdcgAtK,
    double BaselineCoverage,
    double FactorizationTrainSeconds,
    double TopKTrainSeconds,
    double MillisecondsPerUser);
