namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Point forecasts with 80% and 95% intervals and the backtest error of the chosen method.</summary>
/// <param name="Method">Chosen method (or combination) name.</param>
/// <param name="Point">Point forecasts, steps 1..H.</param>
/// <param name="Lower80">Lower 80% bound per step.</param>
/// <param name="Upper80">Upper 80% bound per step.</param>
/// <param name="Lower95">Lower 95% bound per step.</param>
/// <param name="Upper95">Upper 95% bound per step.</param>
/// <param name="BacktestSmape">Mean sMAPE (percent) of the method over the backtest origins; NaN without a backtest.</param>
/// <param name="BacktestMase">Mean MASE of the method over the backtest origins; NaN without a backtest.</param>
public sealed record ForecastResult(string Method, double[] Point, double[] Lower80, double[] Upper80,
    double[] Lower95, double[] Upper95, double BacktestSmape, double BacktestMase);
