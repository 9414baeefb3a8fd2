using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits naive Bayes and logistic regression and combines them. Member weight and temperature are chosen on a seeded,
/// stratified held-out part (minimum held-out NLL); the members are then refitted on all the data.
/// </summary>
public sealed class EnsembleTrainer(NaiveBayesOptions? naiveBayes = null, SoftmaxRegressionOptions? logistic = null, double holdoutFraction = 0.2, int seed = 7)
{
    private readonly NaiveBayesTrainer _nb = new(naiveBayes);
    private readonly SoftmaxRegressionTrainer _lr = new(logistic);

    /// <summary>Fits the calibrated ensemble.</summary>
    public EnsembleModel Fit(TrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        if (holdoutFraction is <= 0 or >= 1) throw new ArgumentException($"holdoutFraction must be in (0, 1), was {holdoutFraction}.");
        var (train, held) = StratifiedSplit(data.Labels, data.ClassCount, holdoutFraction, seed);
        double weightNb = 0.3, temperature = 1;
        if (held.Length >= 10 && train.Length >= data.ClassCount)
        {
            var trainSet = Subset(data, train);
            var nb = _nb.Fit(trainSet);
            var lr = _lr.Fit(trainSet);
            var (nbScores, labels) = MixtureCalibration.HeldOutScores(nb, data, held);
            var (lrScores, _) = MixtureCalibration.HeldOutScores(lr, data, held);
            (weightNb, temperature) = MixtureCalibration.Choose(lrScores, nbScores, labels, data.ClassCount);
        }
        return new EnsembleModel([_nb.Fit(data), _lr.Fit(data)], [weightNb, 1 - weightNb], temperature);
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
