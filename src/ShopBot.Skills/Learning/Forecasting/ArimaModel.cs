namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// A fitted ARIMA(p,d,q): w_t = c + sum phi_i (w_{t-i} - c) + e_t + sum theta_j e_{t-j} on the d-times differenced
/// series, where c is the mean (d = 0) or the drift (d = 1).
/// </summary>
/// <param name="P">AR order.</param>
/// <param name="D">Differencing order.</param>
/// <param name="Q">MA order.</param>
/// <param name="Ar">AR coefficients phi_1..phi_p.</param>
/// <param name="Ma">MA coefficients theta_1..theta_q.</param>
/// <param name="Constant">Mean (d = 0) or drift (d = 1) of the differenced series; 0 when not included.</param>
/// <param name="HasConstant">Whether the constant was estimated.</param>
/// <param name="Sigma2">Residual variance (CSS / effective observations).</param>
/// <param name="Aic">Akaike information criterion of the CSS fit.</param>
/// <param name="LastDifferenced">Last p values of the differenced series, oldest first.</param>
/// <param name="LastResiduals">Last q residuals, oldest first.</param>
/// <param name="LastLevels">Last value of the series differenced k times, for k = 0..d-1 (used to integrate).</param>
public sealed record ArimaModel(int P, int D, int Q, double[] Ar, double[] Ma, double Constant, bool HasConstant,
    double Sigma2, double Aic, double[] LastDifferenced, double[] LastResiduals, double[] LastLevels) : IForecastModel
{
    /// <inheritdoc />
    public string Name => $"ARIMA({P},{D},{Q})" + (HasConstant ? D == 0 ? " with mean" : " with drift" : "");

    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var w = new double[P + horizon];
        LastDifferenced.AsSpan().CopyTo(w);
        var e = new double[Q + horizon];
        LastResiduals.AsSpan().CopyTo(e);
        var levels = (double[])LastLevels.Clone();
        var result = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var value = Constant;
            for (var i = 1; i <= P; i++) value += Ar[i - 1] * (w[P + h - i] - Constant);
            for (var j = 1; j <= Q; j++) value += Ma[j - 1] * e[Q + h - j];
            w[P + h] = value;
            for (var k = D - 1; k >= 0; k--)
            {
                levels[k] += value;
                value = levels[k];
            }
            result[h] = value;
        }
        return result;
    }
}
