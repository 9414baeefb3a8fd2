namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Biased matrix factorisation by stochastic gradient descent (the model of Surprise's SVD):
/// r(u, i) = mu + b(u) + b(i) + q(i) . p(u), minimising squared error + reg * (b(u)^2 + b(i)^2 + |p(u)|^2 + |q(i)|^2).
/// </summary>
public sealed class BiasedMfTrainer(BiasedMfOptions? options = null)
{
    private readonly BiasedMfOptions _options = options ?? new BiasedMfOptions();

    /// <summary>Fits on explicit ratings.</summary>
    public BiasedMfModel Fit(InteractionMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        _options.Validate();
        if (ratings.NonZeroCount == 0) throw new ArgumentException("cannot fit on an empty rating matrix", nameof(ratings));
        int k = _options.Factors, nU = ratings.UserCount, nI = ratings.ItemCount, n = ratings.NonZeroCount;
        var random = new Random(_options.Seed);
        var p = new double[nU * k];
        var q = new double[nI * k];
        Gaussian.Fill(random, p, _options.InitStdDev);
        Gaussian.Fill(random, q, _options.InitStdDev);
        var bu = new double[nU];
        var bi = new double[nI];
        var mu = ratings.GlobalMean();

        var userOf = new int[n];
        for (var u = 0; u < nU; u++)
            for (var c = ratings.RowPointers[u]; c < ratings.RowPointers[u + 1]; c++) userOf[c] = u;
        var order = new int[n];
        for (var c = 0; c < n; c++) order[c] = c;
        var items = ratings.ColumnIndices;
        var values = ratings.Values;
        double lr = _options.LearningRate, reg = _options.Regularization;

        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var c in order)
            {
                int u = userOf[c], i = items[c];
                var pu = p.AsSpan(u * k, k);
                var qi = q.AsSpan(i * k, k);
                var err = values[c] - (mu + bu[u] + bi[i] + Dot(pu, qi));
                bu[u] += lr * (err - reg * bu[u]);
                bi[i] += lr * (err - reg * bi[i]);
                for (var f = 0; f < k; f++)
                {
                    var puf = pu[f];
                    var qif = qi[f];
                    pu[f] += lr * (err * qif - reg * puf);
                    qi[f] += lr * (err * puf - reg * qif);
                }
            }
        }
        var (min, max) = BaselineOnlyTrainer.Range(values);
        return new BiasedMfModel(ratings.Users, ratings.Items, k, mu, bu, bi, p, q, min, max);
    }

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var f = 0;
        var acc = System.Numerics.Vector<double>.Zero;
        var width = System.Numerics.Vector<double>.Count;
        for (; f <= a.Length - width; f += width)
            acc += new System.Numerics.Vector<double>(a.Slice(f, width)) * new System.Numerics.Vector<double>(b.Slice(f, width));
        var s = System.Numerics.Vector.Sum(acc);
        for (; f < a.Length; f++) s += a[f] * b[f];
        return s;
    }
}
