namespace ShopBot.Skills.Rendering.Charts;

/// <summary>"Nice" axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering a data range (pure).</summary>
public static class NiceScale
{
    /// <summary>
    /// Tick values from a multiple of the step at or below <paramref name="min"/> to one at or above
    /// <paramref name="max"/>, with about <paramref name="targetTicks"/> ticks. A zero-width range is widened by 1
    /// (or 10% of its magnitude).
    /// </summary>
    public static double[] Ticks(double min, double max, int targetTicks = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max)) throw new ArgumentException("Axis bounds must be finite.");
        if (targetTicks < 2) throw new ArgumentException("At least 2 ticks are needed.", nameof(targetTicks));
        if (min > max) (min, max) = (max, min);
        if (max - min < 1e-12)
        {
            var pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.1 : 1;
            min -= pad;
            max += pad;
        }
        var step = NiceNumber((max - min) / (targetTicks - 1));
        var start = Math.Floor(min / step) * step;
        var end = Math.Ceiling(max / step) * step;
        var count = (int)Math.Round((end - start) / step) + 1;
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
        {
            var v = start + i * step;
            ticks[i] = Math.Abs(v) < step * 1e-9 ? 0 : Math.Round(v, 12);
        }
        return ticks;
    }

    /// <summary>The smallest of 1, 2, 2.5, 5, 10 times a power of ten that is at least <paramref name="rough"/>.</summary>
    public static double NiceNumber(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough)) throw new ArgumentException("The rough step must be positive.", nameof(rough));
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
