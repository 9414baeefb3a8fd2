namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Accuracy of one method over a set of series, M4-style.</summary>
/// <param name="Method">Method name.</param>
/// <param name="Smape">Mean sMAPE over the series (percent).</param>
/// <param name="Mase">Mean MASE over the series.</param>
/// <param name="Owa">(sMAPE / Naive2 sMAPE + MASE / Naive2 MASE) / 2 on these totals.</param>
public sealed record MethodScore(string Method, double Smape, double Mase, double Owa);
