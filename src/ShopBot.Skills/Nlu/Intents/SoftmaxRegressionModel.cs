namespace ShopBot.Skills.Nlu.Intents;

/// <summary>A trained multinomial logistic regression: log softmax(W x + b).</summary>
public sealed class SoftmaxRegressionModel : ISparseModel, ILinearScorer
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal SoftmaxRegressionModel(float[] weights, float[] bias, int classCount, int featureCount)
    {
        _weights = weights;
        _bias = bias;
        ClassCount = classCount;
        FeatureCount = featureCount;
    }

    public int ClassCount { get; }

    /// <summary>Number of features the model was trained on.</summary>
    public int FeatureCount { get; }

    ReadOnlySpan<float> ILinearScorer.LinearWeights => _weights;

    double ILinearScorer.LinearBias(int label) => _bias[label];

    public void PredictLogProba(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> logProbabilities)
    {
        int c = ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        Span<float> acc = c <= 512 ? stackalloc float[c] : new float[c];
        _bias.CopyTo(acc);
        if (c < System.Numerics.Vector<float>.Count)
        {
            // Few classes (sentiment has three): the rows are shorter than a vector, so the plain loop inline, with the
            // same multiply-then-add as LogMath.AddScaled (the sums are identical).
            var weights = _weights;
            for (int k = 0; k < indices.Length; k++)
            {
                int f = indices[k];
                if ((uint)f >= (uint)FeatureCount) continue;
                var row = weights.AsSpan(f * c, c);
                float a = values[k];
                for (int y = 0; y < row.Length; y++) acc[y] += a * row[y];
            }
        }
        else
        {
            for (int k = 0; k < indices.Length; k++)
            {
                int f = indices[k];
                if ((uint)f >= (uint)FeatureCount) continue;
                LogMath.AddScaled(acc, _weights.AsSpan(f * c, c), values[k]);
            }
        }
        var output = logProbabilities[..c];
        for (int y = 0; y < c; y++) output[y] = acc[y];
        LogMath.LogNormalize(output);
    }

    /// <summary>Unnormalised scores (logits) bias + Wᵀx for a dense feature vector; allocation-free.</summary>
    public void Logits(ReadOnlySpan<float> features, Span<float> logits)
    {
        int c = ClassCount;
        if (features.Length != FeatureCount) throw new ArgumentException($"Expected {FeatureCount} features, got {features.Length}.", nameof(features));
        if (logits.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logits));
        var acc = logits[..c];
        _bias.CopyTo(acc);
        for (int f = 0; f < features.Length; f++)
        {
            float a = features[f];
            if (a != 0) LogMath.AddScaled(acc, _weights.AsSpan(f * c, c), a);
        }
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        BinaryArrays.Write(writer, _bias);
        BinaryArrays.Write(writer, _weights);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SoftmaxRegressionModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int c = reader.ReadInt32(), f = reader.ReadInt32();
        if (c < 1 || f < 0 || (long)c * f > int.MaxValue) throw new InvalidDataException("Corrupt logistic regression header.");
        var bias = BinaryArrays.ReadFloats(reader, c);
        var weights = BinaryArrays.ReadFloats(reader, c * f);
        return new SoftmaxRegressionModel(weights, bias, c, f);
    }
}
