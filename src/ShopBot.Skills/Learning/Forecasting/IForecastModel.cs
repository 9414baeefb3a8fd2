namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>A fitted forecasting model; predicts the steps following the history it was fitted on.</summary>
public interface IForecastModel
{
    /// <summary>The method that produced the model, with its chosen form where useful (e.g. <c>ARIMA(1,1,0)+drift</c>).</summary>
    string Name { get; }

    /// <summary>Point forecasts for steps 1..<paramref name="horizon"/> after the end of the history.</summary>
    double[] Predict(int horizon);
}
