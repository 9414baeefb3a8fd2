namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Normal draws from a seeded <see cref="Random"/> (Box-Muller).</summary>
internal static class Gaussian
{
    public static double Next(Random random, double stdDev)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: the log is finite
        var u2 = random.NextDouble();
        return stdDev * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public static void Fill(Random random, Span<double> values, double stdDev)
    {
        for (var k = 0; k < values.Length; k++) values[k] = Next(random, stdDev);
    }
}
