using System.Globalization;

namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>Formats values as the specs do: integers in full, other values with 15 significant digits ("0.333333333333333", "1E-12").</summary>
internal static class NumberFormat
{
    public static string Format(double v)
    {
        if (double.IsNaN(v) || double.IsInfinity(v)) return v.ToString(CultureInfo.InvariantCulture);
        if (v == Math.Floor(v) && Math.Abs(v) < 1e15) return v.ToString("0", CultureInfo.InvariantCulture);
        return v.ToString("G15", CultureInfo.InvariantCulture);
    }
}
