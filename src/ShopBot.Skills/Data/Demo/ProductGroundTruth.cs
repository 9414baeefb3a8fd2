namespace ShopBot.Skills.Data.Demo;

/// <summary>
/// The demand model a product's daily sales were drawn from. Units on day d are Poisson with mean
/// <see cref="ExpectedUnits"/>: <c>BaseLevel · exp(TrendPerYear · t/365.25) · WeeklyFactors[weekday] ·
/// (1 + YearlyAmplitude · cos(2π (dayOfYear − YearlyPeakDay)/365.25)) · (price/ReferencePrice)^Elasticity ·
/// (PromoLift on promotion days)</c>, where t is days since <see cref="SeriesStart"/> and weekday 0 is Monday.
/// The promotion's price cut acts through the elasticity; <see cref="PromoLift"/> is the extra lift of the promotion itself.
/// </summary>
/// <remarks><c>WeeklyFactors</c>: seven factors, Monday first, averaging 1.</remarks>
public sealed record ProductGroundTruth(
    long ProductId,
    long ReferencePriceCents,
    double BaseLevel,
    double TrendPerYear,
    IReadOnlyList<double> WeeklyFactors,
    double YearlyAmplitude,
    int YearlyPeakDay,
    double Elasticity,
    double PromoLift,
    DateOnly SeriesStart)
{
    /// <summary>Mean units on <paramref name="date"/> at <paramref name="priceCents"/>.</summary>
    public double ExpectedUnits(DateOnly date, long priceCents, bool onPromotion)
    {
        if (priceCents <= 0) throw new ArgumentOutOfRangeException(nameof(priceCents), priceCents, "The price must be positive.");
        var t = date.DayNumber - SeriesStart.DayNumber;
        var weekday = ((int)date.DayOfWeek + 6) % 7;
        var season = 1 + YearlyAmplitude * Math.Cos(2 * Math.PI * (date.DayOfYear - YearlyPeakDay) / 365.25);
        var priceEffect = Math.Pow((double)priceCents / ReferencePriceCents, Elasticity);
        return BaseLevel * Math.Exp(TrendPerYear * t / 365.25) * WeeklyFactors[weekday] * season * priceEffect * (onPromotion ? PromoLift : 1.0);
    }
}
