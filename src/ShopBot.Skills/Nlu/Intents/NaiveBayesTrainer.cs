namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits multinomial naive Bayes: priors n_c/n and smoothed likelihoods θ_fc = (N_fc + α) / (N_c + αF), kept in log
/// space. With <see cref="NaiveBayesOptions.Complement"/>, each class uses weights -log θ̃_fc estimated from all
/// other classes, which is steadier when classes are unbalanced.
/// </summary>
public sealed class NaiveBayesTrainer(NaiveBayesOptions? options = null)
{
    private readonly NaiveBayesOptions _options = options ?? new NaiveBayesOptions();

    /// <summary>Fits the model to (non-negative) feature counts or weights.</summary>
    public NaiveBayesModel Fit(TrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        _options.Validate();
        int c = data.ClassCount, f = data.FeatureCount;
        var counts = new double[f * c];
        var classTotals = new double[c];
        var classDocs = new double[c];
        for (int i = 0; i < data.Rows.Count; i++)
        {
            var row = data.Rows[i];
            int y = data.Labels[i];
            classDocs[y]++;
            for (int k = 0; k < row.Count; k++)
            {
                float v = row.Values[k];
                if (v < 0) throw new ArgumentException("Naive Bayes needs non-negative feature values.");
                counts[row.Indices[k] * c + y] += v;
                classTotals[y] += v;
            }
        }
        double alpha = _options.Alpha;
        var logPrior = new double[c];
        for (int y = 0; y < c; y++)
            logPrior[y] = classDocs[y] > 0 ? Math.Log(classDocs[y] / data.Rows.Count) : double.NegativeInfinity;
        var weights = new float[f * c];
        if (!_options.Complement)
        {
            for (int y = 0; y < c; y++)
            {
                double logDenominator = Math.Log(classTotals[y] + alpha * f);
                for (int j = 0; j < f; j++) weights[j * c + y] = (float)(Math.Log(counts[j * c + y] + alpha) - logDenominator);
            }
        }
        else
        {
            double grand = classTotals.Sum();
            var featureTotals = new double[f];
            for (int j = 0; j < f; j++) for (int y = 0; y < c; y++) featureTotals[j] += counts[j * c + y];
            for (int y = 0; y < c; y++)
            {
                double logDenominator = Math.Log(grand - classTotals[y] + alpha * f);
                for (int j = 0; j < f; j++)
                    weights[j * c + y] = (float)-(Math.Log(featureTotals[j] - counts[j * c + y] + alpha) - logDenominator);
            }
        }
        return new NaiveBayesModel(logPrior, weights, c, f);
    }
}
