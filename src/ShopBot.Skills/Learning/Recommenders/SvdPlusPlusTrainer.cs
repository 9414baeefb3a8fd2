namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// SVD++ (Koren 2008) by SGD: r(u, i) = mu + b(u) + b(i) + q(i) . (p(u) + |N(u)|^-1/2 * sum over j in N(u) of y(j)),
/// N(u) = the items u rated in training. Users are visited in a seeded random order, their ratings in a random order.
/// Every rating's step moves all y(j), j in N(u), the same way (y(j) = d * y(j) + lr * err * |N(u)|^-1/2 * q(i),
/// d = 1 - lr * reg), so the pass keeps y(j) = a * y(j) + g lazily (scalar a, vector g) and the implicit sum s exactly
/// (s = d * s + lr * err * q(i)): the same updates as the plain per-rating algorithm in O(|R| k) per epoch instead of
/// O(|R| |N(u)| k). The trained model is a <see cref="BiasedMfModel"/> whose user vectors include the implicit part.
/// </summary>
public sealed class SvdPlusPlusTrainer(BiasedMfOptions? options = null)
{
    private readonly BiasedMfOptions _options = options ?? new BiasedMfOptions { Factors = 20, LearningRate = 0.007 };

    /// <summary>Fits on explicit ratings.</summary>
    public BiasedMfModel Fit(InteractionMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        _options.Validate();
        if (ratings.NonZeroCount == 0) throw new ArgumentException("cannot fit on an empty rating matrix", nameof(ratings));
        int k = _options.Factors, nU = ratings.UserCount, nI = ratings.ItemCount;
        var random = new Random(_options.Seed);
        var p = new double[nU * k];
        var q = new double[nI * k];
        var y = new double[nI * k];
        Gaussian.Fill(random, p, _options.InitStdDev);
        Gaussian.Fill(random, q, _options.InitStdDev);
        Gaussian.Fill(random, y, _options.InitStdDev);
        var bu = new double[nU];
        var bi = new double[nI];
        var mu = ratings.GlobalMean();
        double lr = _options.LearningRate, reg = _options.Regularization;
        var users = new int[nU];
        for (var u = 0; u < nU; u++) users[u] = u;
        var implicitSum = new double[k];
        var z = new double[k];
        var gradient = new double[k];
        var order = Array.Empty<int>();

        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(users);
            foreach (var u in users)
            {
                var items = ratings.RowItems(u);
                var values = ratings.RowValues(u);
                if (items.Length == 0) continue;
                var norm = 1 / Math.Sqrt(items.Length);
                ImplicitSum(y, items, k, norm, implicitSum);
                Array.Clear(gradient); // g
                var scale = 1.0;        // a
                var decay = 1 - lr * reg;
                if (order.Length < items.Length) order = new int[items.Length];
                var visit = order.AsSpan(0, items.Length);
                for (var c = 0; c < visit.Length; c++) visit[c] = c;
                random.Shuffle(visit);
                var pu = p.AsSpan(u * k, k);
                foreach (var c in visit)
                {
                    var i = items[c];
                    var qi = q.AsSpan(i * k, k);
                    for (var f = 0; f < k; f++) z[f] = pu[f] + implicitSum[f];
                    var err = values[c] - (mu + bu[u] + bi[i] + BiasedMfTrainer.Dot(qi, z));
                    bu[u] += lr * (err - reg * bu[u]);
                    bi[i] += lr * (err - reg * bi[i]);
                    for (var f = 0; f < k; f++)
                    {
                        var qif = qi[f];
                        gradient[f] = decay * gradient[f] + lr * err * norm * qif;
                        implicitSum[f] = decay * implicitSum[f] + lr * err * qif;
                        pu[f] += lr * (err * qif - reg * pu[f]);
                        qi[f] += lr * (err * z[f] - reg * qif);
                    }
                    scale *= decay;
                }
                foreach (var j in items)
                {
                    var yj = y.AsSpan(j * k, k);
                    for (var f = 0; f < k; f++) yj[f] = scale * yj[f] + gradient[f];
                }
            }
        }

        // Fold the implicit part into the user vectors: the model then predicts like plain biased MF.
        for (var u = 0; u < nU; u++)
        {
            var items = ratings.RowItems(u);
            if (items.Length == 0) continue;
            ImplicitSum(y, items, k, 1 / Math.Sqrt(items.Length), implicitSum);
            var pu = p.AsSpan(u * k, k);
            for (var f = 0; f < k; f++) pu[f] += implicitSum[f];
        }
        var (min, max) = BaselineOnlyTrainer.Range(ratings.Values);
        return new BiasedMfModel(ratings.Users, ratings.Items, k, mu, bu, bi, p, q, min, max);
    }

    private static void ImplicitSum(double[] y, ReadOnlySpan<int> items, int k, double norm, Span<double> sum)
    {
        sum.Clear();
        foreach (var j in items)
        {
            var yj = y.AsSpan(j * k, k);
            for (var f = 0; f < k; f++) sum[f] += yj[f];
        }
        for (var f = 0; f < k; f++) sum[f] *= norm;
    }
}
