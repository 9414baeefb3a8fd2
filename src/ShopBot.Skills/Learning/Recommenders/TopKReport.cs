namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Top-k evaluation of the model beside the popularity baseline on the same split.</summary>
/// <param name="Split">How the hold-out was made and what counts as relevant.</param>
/// <param name="Users">Users with at least one relevant held-out item (the ones averaged over).</param>
/// <param name="Model">The ALS model's metrics.</param>
/// <param name="Popularity">The popularity baseline's metrics.</param>
/// <param name="TrainSeconds">ALS training time.</param>
/// <param name="MillisecondsPerUser">Scoring and top-k selection time per user.</param>
public sealed record TopKReport(string Split, int Users, TopKMetrics Model, TopKMetrics Popularity, double TrainSeconds, double MillisecondsPerUser);
