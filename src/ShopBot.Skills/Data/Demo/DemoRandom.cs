namespace ShopBot.Skills.Data.Demo;

/// <summary>Seeded sampling helpers over <see cref="Random"/>.</summary>
internal static class DemoRandom
{
    /// <summary>An independent, reproducible stream for one part of the generator.</summary>
    public static Random Stream(int seed, int part) => new(unchecked((seed * 7919) + (part * 104729) + 17));

    public static double Uniform(this Random rnd, double min, double max) => min + (rnd.NextDouble() * (max - min));

    /// <summary>Standard normal by Box-Muller.</summary>
    public static double Normal(this Random rnd)
    {
        var u1 = 1.0 - rnd.NextDouble();
        var u2 = rnd.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static T Pick<T>(this Random rnd, IReadOnlyList<T> items) => items[rnd.Next(items.Count)];

    public static bool Chance(this Random rnd, double probability) => rnd.NextDouble() < probability;

    /// <summary>Index drawn from a cumulative weight array (last element = total).</summary>
    public static int FromCumulative(this Random rnd, double[] cumulative)
    {
        var target = rnd.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        if (index < 0) index = ~index;
        return Math.Min(index, cumulative.Length - 1);
    }

    /// <summary>A price in cents ending in 99 (e.g. 2499) for an amount in pounds, at least 99.</summary>
    public static long CharmPrice(double pounds) => Math.Max(99, ((long)Math.Round(pounds) * 100) - 1);
}
