namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Mean top-k metrics over the evaluated users, and catalogue coverage (share of training items shown to anyone).</summary>
public sealed record TopKMetrics(double Precision, double Recall, double Ndcg, double Coverage);
