using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// A fitted demand curve for one product on "a typical non-promotion day at the end of the history" (day-of-week and
/// yearly-season effects averaged over the history, trend at the last day), with the evidence behind it.
/// Constant elasticity: D(p) = Level * p^PriceCoefficient. Linear: D(p) = max(0, Level + PriceCoefficient * p).
/// </summary>
/// <param name="Kind">The functional form.</param>
/// <param name="PriceCoefficient">The elasticity e (constant elasticity) or the slope b in units per currency unit (linear).</param>
/// <param name="StandardError">Classical standard error of <paramref name="PriceCoefficient"/>: OLS, or quasi-Poisson for the Poisson estimator.</param>
/// <param name="RobustStandardError">HC1 heteroskedasticity-robust standard error of <paramref name="PriceCoefficient"/>.</param>
/// <param name="TStatistic">PriceCoefficient / StandardError.</param>
/// <param name="PValue">Two-sided p-value of the t statistic (Student t with the residual degrees of freedom).</param>
/// <param name="RSquared">Share of the variance of the response (log units or units) explained by OLS; deviance R^2 for the Poisson estimator.</param>
/// <param name="Observations">Rows used in the regression (all products of the category when pooled).</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom, observations minus parameters.</param>
/// <param name="ZeroSalesDaysDropped">
/// Days with zero sales left out of a log-OLS fit (log 0 is undefined). Dropping them biases the elasticity towards zero
/// when they are common, so the optimiser refuses to recommend when they exceed its threshold; the Poisson estimator and
/// the linear form keep them (0 here).
/// </param>
/// <param name="PriceVariation">Standard deviation of log(price) of this product's own history (about the coefficient of variation of its price).</param>
/// <param name="ReferencePrice">Geometric mean of this product's prices; the point where the linear form's elasticity is quoted.</param>
/// <param name="Level">Scale of the curve: A in A * p^e, or the intercept a in a + b * p.</param>
/// <param name="IsPooled">True when the price coefficient was estimated across the category with product fixed effects.</param>
public sealed record DemandModel(
    DemandModelKind Kind,
    double PriceCoefficient,
    double StandardError,
    double RobustStandardError,
    double TStatistic,
    double PValue,
    double RSquared,
    int Observations,
    int DegreesOfFreedom,
    int ZeroSalesDaysDropped,
    double PriceVariation,
    double ReferencePrice,
    double Level,
    bool IsPooled)
{
    /// <summary>The price elasticity: constant for the log-log form, at <see cref="ReferencePrice"/> for the linear form.</summary>
    public double Elasticity => PointElasticity(ReferencePrice);

    /// <summary>Expected units per day at <paramref name="price"/> (strictly positive).</summary>
    public double Predict(double price)
    {
        if (!(price > 0) || double.IsInfinity(price)) throw new ArgumentException($"Price must be a positive number, was {price}.", nameof(price));
        return Kind == DemandModelKind.ConstantElasticity
            ? Level * Math.Pow(price, PriceCoefficient)
            : Math.Max(0, Level + PriceCoefficient * price);
    }

    private const int FormatVersion = 1;
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Writes the model as versioned JSON (fitting happens offline; the request path only loads).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, new SavedDemandModel(FormatVersion, this), Json);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static DemandModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SavedDemandModel? saved;
        try
        {
            saved = JsonSerializer.Deserialize<SavedDemandModel>(stream, Json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException("The stream is not a saved demand model.", error);
        }
        if (saved?.Model is null || saved.Version != FormatVersion)
            throw new InvalidDataException($"Expected a demand model of format version {FormatVersion}.");
        return saved.Model;
    }

    private sealed record SavedDemandModel(int Version, DemandModel Model);

    /// <summary>Point elasticity dD/dp * p / D at <paramref name="price"/>; NaN where the linear curve has reached zero demand.</summary>
    public double PointElasticity(double price)
    {
        if (Kind == DemandModelKind.ConstantElasticity) return PriceCoefficient;
        double units = Predict(price);
        return units > 0 ? PriceCoefficient * price / units : double.NaN;
    }
}
