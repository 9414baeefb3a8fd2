using MathNet.Numerics.Distributions;

namespace ShopBot.Skills.Learning.Inventory;

/// <summary>
/// Reorder point with safety stock (pure). Formula: SS = z * sigma_d * sqrt(L), where sigma_d is the standard
/// deviation of the daily demand forecast error (errors assumed independent from day to day), L the supplier lead
/// time in days (taken as fixed) and z the standard normal quantile of the cycle service level; reorder point
/// ROP = forecast demand over the next L days + SS.
/// </summary>
public static class ReorderPolicy
{
    /// <summary>z for a cycle service level in (0.5, 1), e.g. 0.95 -> 1.645.</summary>
    public static double ZForServiceLevel(double serviceLevel)
    {
        if (!(serviceLevel > 0.5 && serviceLevel < 1))
            throw new ArgumentException($"Service level must be between 0.5 and 1 (exclusive), got {serviceLevel}.", nameof(serviceLevel));
        return Normal.InvCDF(0, 1, serviceLevel);
    }

    /// <summary>Safety stock z * sigma_d * sqrt(L).</summary>
    public static double SafetyStock(double z, double dailyErrorStdDev, double leadTimeDays)
    {
        if (z < 0 || !double.IsFinite(z)) throw new ArgumentException("z must be a finite non-negative number.", nameof(z));
        if (dailyErrorStdDev < 0 || !double.IsFinite(dailyErrorStdDev)) throw new ArgumentException("The demand error standard deviation must be finite and non-negative.", nameof(dailyErrorStdDev));
        if (leadTimeDays < 0 || !double.IsFinite(leadTimeDays)) throw new ArgumentException("Lead time must be finite and non-negative.", nameof(leadTimeDays));
        return z * dailyErrorStdDev * Math.Sqrt(leadTimeDays);
    }

    /// <summary>
    /// Forecast demand over the first <paramref name="leadTimeDays"/> days (a fractional last day counts pro rata);
    /// beyond the forecast the last day's demand is repeated.
    /// </summary>
    public static double LeadTimeDemand(ReadOnlySpan<double> dailyForecast, double leadTimeDays)
    {
        if (dailyForecast.Length == 0) throw new ArgumentException("The daily forecast is empty.", nameof(dailyForecast));
        if (leadTimeDays < 0 || !double.IsFinite(leadTimeDays)) throw new ArgumentException("Lead time must be finite and non-negative.", nameof(leadTimeDays));
        double sum = 0;
        var day = 0;
        for (; day + 1 <= leadTimeDays; day++) sum += Math.Max(0, dailyForecast[Math.Min(day, dailyForecast.Length - 1)]);
        var fraction = leadTimeDays - day;
        if (fraction > 0) sum += fraction * Math.Max(0, dailyForecast[Math.Min(day, dailyForecast.Length - 1)]);
        return sum;
    }

    /// <summary>Safety stock, reorder point and whether to reorder now.</summary>
    public static ReorderAdvice Advise(ReadOnlySpan<double> dailyForecast, double dailyErrorStdDev, double leadTimeDays,
        double serviceLevel, double stockOnHand, double stockOnOrder = 0)
    {
        var z = ZForServiceLevel(serviceLevel);
        var safety = SafetyStock(z, dailyErrorStdDev, leadTimeDays);
        var demand = LeadTimeDemand(dailyForecast, leadTimeDays);
        var rop = demand + safety;
        return new ReorderAdvice(z, safety, demand, rop, stockOnHand + stockOnOrder <= rop);
    }
}
