namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A trained multinomial naive Bayes model. The posterior is log π_c + Σ_f x_f w_fc, normalised over classes by
/// log-sum-exp (division by the evidence Σ_c P(c)P(x|c)).
/// </summary>
public sealed class NaiveBayesModel : ISparseModel, ILinearScorer
{
    private readonly double[] _logPrior;
    private readonly float[] _weights;

    internal NaiveBayesModel(double[] logPrior, float[] weights, int classCount, int featureCount)
    {
        _logPrior = logPrior;
        _weights = weights;
        ClassCount = classCount;
        FeatureCount = featureCount;
    }

    public int ClassCount { get; }

    /// <summary>Number of features the model was trained on.</summary>
    public int FeatureCount { get; }

    /// <summary>log P(c), the class priors.</summary>
    public IReadOnlyList<double> LogPriors => _logPrior;

    /// <summary>The log-likelihood weight of feature <paramref name="feature"/> for class <paramref name="label"/>.</summary>
    public double Weight(int feature, int label) => _weights[feature * ClassCount + label];

    ReadOnlySpan<float> ILinearScorer.LinearWeights => _weights;

    double ILinearScorer.LinearBias(int label) => _logPrior[label];

    public void PredictLogProba(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> logProbabilities)
    {
        int c = ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        Span<float> acc = c <= 512 ? stackalloc float[c] : new float[c];
        acc.Clear();
        for (int k = 0; k < indices.Length; k++)
        {
            int f = indices[k];
            if ((uint)f >= (uint)FeatureCount) continue;
            LogMath.AddScaled(acc, _weights.AsSpan(f * c, c), values[k]);
        }
        var output = logProbabilities[..c];
        for (int y = 0; y < c; y++) output[y] = _logPrior[y] + acc[y];
        LogMath.LogNormalize(output);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        BinaryArrays.Write(writer, _logPrior);
        BinaryArrays.Write(writer, _weights);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static NaiveBayesModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int c = reader.ReadInt32(), f = reader.ReadInt32();
        if (c < 1 || f < 0 || (long)c * f > int.MaxValue) throw new InvalidDataException("Corrupt naive Bayes header.");
        var prior = BinaryArrays.ReadDoubles(reader, c);
        var weights = BinaryArrays.ReadFloats(reader, c * f);
        return new NaiveBayesModel(prior, weights, c, f);
    }
}
