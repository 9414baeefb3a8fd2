namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Backtest accuracy of one candidate method on one series.</summary>
/// <param name="Method">Method name.</param>
/// <param name="Smape">Mean sMAPE over the origins (percent).</param>
/// <param name="Mase">Mean MASE over the origins.</param>
/// <param name="Score">Selection score (lower is better): relative sMAPE plus relative MASE, each divided by the
/// candidates' mean.</param>
public sealed record CandidateScore(string Method, double Smape, double Mase, double Score);
