namespace ShopBot.Skills.Tests.Forecasting;

/// <summary>Seeded generators of series with known parameters.</summary>
internal static class Simulate
{
    public static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>ARMA(p,q): w_t = c + sum phi_i (w_{t-i} - c) + e_t + sum theta_j e_{t-j}, after a burn-in.</summary>
    public static double[] Arma(int n, double[] phi, double[] theta, double mean, double sigma, int seed)
    {
        var rng = new Random(seed);
        const int burn = 500;
        var w = new double[n + burn];
        var e = new double[n + burn];
        for (var t = 0; t < w.Length; t++)
        {
            e[t] = sigma * Normal(rng);
            var value = mean + e[t];
            for (var i = 1; i <= phi.Length && t - i >= 0; i++) value += phi[i - 1] * (w[t - i] - mean);
            for (var j = 1; j <= theta.Length && t - j >= 0; j++) value += theta[j - 1] * e[t - j];
            w[t] = value;
        }
        return w[burn..];
    }

    public static double[] RandomWalk(int n, double start, double sigma, Random rng)
    {
        var y = new double[n];
        var level = start;
        for (var t = 0; t < n; t++) { level += sigma * Normal(rng); y[t] = level; }
        return y;
    }
}
