using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits naive Bayes and logistic regression and combines them. Member weight and temperature are chosen on a seeded,
/// stratified held-out part (minimum held-out NLL); the members are then refitted on all the data. The fits on the
/// held-out split and on all the data run in parallel (each is sequential and seeded, so the model does not depend on
/// the timing).
/// </summary>
public sealed class EnsembleTrainer(NaiveBayesOptions? naiveBayes = null, SoftmaxRegressionOptions? logistic = null, double holdoutFraction = 0.2, int seed = 7)
{
    /// <summary>Fits the calibrated ensemble.</summary>
    public EnsembleModel Fit(TrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        var (train, held) = Split(data);
        return Fit(data, train, held, out _);
    }

    /// <summary>The seeded stratified split this trainer holds out.</summary>
    internal (int[] Train, int[] Held) Split(TrainingSet data)
    {
        if (holdoutFraction is <= 0 or >= 1) throw new ArgumentException($"holdoutFraction must be in (0, 1), was {holdoutFraction}.");
        return StratifiedSplit(data.Labels, data.ClassCount, holdoutFraction, seed);
    }

    /// <summary>
    /// Fits on all the data with the member weight and temperature chosen on <paramref name="held"/> (members fitted on
    /// <paramref name="train"/>), and gives that held-out ensemble's log-probabilities of the held rows (row-major), or
    /// null when the split is too small to choose on.
    /// </summary>
    internal EnsembleModel Fit(TrainingSet data, int[] train, int[] held, out double[]? heldOutScores)
    {
        var full = Task.Run(() => (new NaiveBayesTrainer(naiveBayes).Fit(data), new SoftmaxRegressionTrainer(logistic).Fit(data)));
        double weightNb = 0.3, temperature = 1;
        heldOutScores = null;
        if (held.Length >= 10 && train.Length >= data.ClassCount)
        {
            var trainSet = Subset(data, train);
            var nb = new NaiveBayesTrainer(naiveBayes).Fit(trainSet);
            var lr = new SoftmaxRegressionTrainer(logistic).Fit(trainSet);
            var (nbScores, labels) = MixtureCalibration.HeldOutScores(nb, data, held);
            var (lrScores, _) = MixtureCalibration.HeldOutScores(lr, data, held);
            (weightNb, temperature) = MixtureCalibration.Choose(lrScores, nbScores, labels, data.ClassCount);
            heldOutScores = MixtureCalibration.HeldOutScores(new EnsembleModel([nb, lr], [weightNb, 1 - weightNb], temperature), data, held).Scores;
        }
        var (nbFull, lrFull) = full.GetAwaiter().GetResult();
        return new EnsembleModel([nbFull, lrFull], [weightNb, 1 - weightNb], temperature);
    }

    internal static (int[] Train, int[] Held) StratifiedSplit(int[] labels, int classes, double fraction, int seed)
    {
        var rng = new Random(seed);
        var train = new List<int>();
        var held = new List<int>();
        for (int c = 0; c < classes; c++)
        {
            var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).ToArray();
            rng.Shuffle(members);
            int take = members.Length >= 2 ? Math.Max(1, (int)Math.Round(members.Length * fraction)) : 0;
            held.AddRange(members[..take]);
            train.AddRange(members[take..]);
        }
        return ([.. train], [.. held]);
    }

    internal static TrainingSet Subset(TrainingSet data, int[] rows) =>
        new(rows.Select(i => data.Rows[i]).ToArray(), rows.Select(i => data.Labels[i]).ToArray(), data.ClassCount, data.FeatureCount);
}
