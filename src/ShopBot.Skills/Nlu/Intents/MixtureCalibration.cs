namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Chooses how two models' held-out log-probabilities are mixed: the weight w of the second in
/// (1 − w)·first + w·second, over w = 0, 0.1, …, 1, and the temperature of the mixture, both by minimum mean negative
/// log-likelihood (<see cref="TemperatureScaling"/>). Ties keep the smaller w.
/// </summary>
public static class MixtureCalibration
{
    /// <summary>Weight of <paramref name="second"/> and temperature; the score arrays are row-major held-out rows × classes.</summary>
    public static (double SecondWeight, double Temperature) Choose(double[] first, double[] second, int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(labels);
        if (first.Length != second.Length || first.Length != labels.Length * classes)
            throw new ArgumentException($"Need {labels.Length} rows of {classes} scores from each model.");
        double best = double.PositiveInfinity, weight = 0, temperature = 1;
        var mixed = new double[first.Length];
        for (int step = 0; step <= 10; step++)
        {
            double w = step / 10.0;
            for (int j = 0; j < mixed.Length; j++) mixed[j] = (1 - w) * first[j] + w * second[j];
            double t = TemperatureScaling.Fit(mixed, labels, classes);
            double nll = TemperatureScaling.NegativeLogLikelihood(mixed, labels, classes, t);
            if (nll < best) { best = nll; weight = w; temperature = t; }
        }
        return (weight, temperature);
    }

    /// <summary>The log-probabilities <paramref name="model"/> gives the listed rows of <paramref name="data"/>, row-major, and their labels.</summary>
    internal static (double[] Scores, int[] Labels) HeldOutScores(ISparseModel model, TrainingSet data, int[] rows)
    {
        int c = data.ClassCount;
        var scores = new double[rows.Length * c];
        for (int i = 0; i < rows.Length; i++)
        {
            var row = data.Rows[rows[i]];
            model.PredictLogProba(row.Indices, row.Values, scores.AsSpan(i * c, c));
        }
        return (scores, [.. rows.Select(i => data.Labels[i])]);
    }
}
