namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A weighted average of member log-probabilities, divided by a temperature and renormalised:
/// log p(c|x) = log softmax((Σ_k w_k log p_k(c|x)) / T). Weights and temperature are fitted on held-out data.
/// When every member is linear in the features (naive Bayes, logistic regression), each member's log-normaliser is a
/// constant over classes that the final softmax cancels, so the ensemble is itself linear: it is folded once into
/// W = Σ_k w_k W_k / T and b = Σ_k w_k b_k / T and scored with one pass over the features. The folded rows are kept
/// as 8-bit integers with one scale per feature row (|error| ≤ max|W_f·|/254), a quarter of the bytes of floats:
/// scoring a message reads one row per feature, so it is bound by memory traffic, not arithmetic.
/// </summary>
public sealed class EnsembleModel : ISparseModel
{
    private readonly ISparseModel[] _members;
    private readonly double[] _weights;
    private readonly sbyte[]? _fusedWeights;
    private readonly float[]? _fusedScales;
    private readonly double[]? _fusedBias;
    private readonly int _fusedFeatures;
    private readonly int _stride;

    /// <summary>Combines members (same class count) with weights and a temperature.</summary>
    public EnsembleModel(IReadOnlyList<ISparseModel> members, IReadOnlyList<double> weights, double temperature)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(weights);
        if (members.Count == 0 || members.Count != weights.Count) throw new ArgumentException("Need one weight per member and at least one member.");
        if (members.Any(m => m.ClassCount != members[0].ClassCount)) throw new ArgumentException("Members must score the same classes.");
        if (!(temperature > 0)) throw new ArgumentException($"Temperature must be positive, was {temperature}.");
        _members = [.. members];
        _weights = [.. weights];
        Temperature = temperature;
        ClassCount = members[0].ClassCount;
        if (_members.All(m => m is ILinearScorer) && _members.Select(m => ((ILinearScorer)m).FeatureCount).Distinct().Count() == 1)
        {
            var (folded, bias, features) = Fuse();
            _stride = QuantizedScoring.RowStride(ClassCount);
            (_fusedWeights, _fusedScales) = Quantize(folded, features, ClassCount, _stride);
            _fusedBias = bias;
            _fusedFeatures = features;
        }
    }

    private (float[], double[], int) Fuse()
    {
        int c = ClassCount, f = ((ILinearScorer)_members[0]).FeatureCount;
        var weights = new float[f * c];
        var bias = new double[c];
        for (int m = 0; m < _members.Length; m++)
        {
            var linear = (ILinearScorer)_members[m];
            double scale = _weights[m] / Temperature;
            var w = linear.LinearWeights;
            for (int i = 0; i < weights.Length; i++) weights[i] += (float)(scale * w[i]);
            for (int y = 0; y < c; y++) bias[y] += scale * linear.LinearBias(y);
        }
        return (weights, bias, f);
    }

    /// <summary>Rows of <paramref name="weights"/> (features × classes) as sbytes padded to <paramref name="stride"/>, with a scale per row.</summary>
    internal static (sbyte[] Quantized, float[] Scales) Quantize(float[] weights, int features, int classes, int stride)
    {
        // Pinned: the scoring kernel prefetches rows by address.
        var quantized = GC.AllocateArray<sbyte>(features * stride, pinned: true);
        var scales = new float[features];
        for (int f = 0; f < features; f++)
        {
            var row = weights.AsSpan(f * classes, classes);
            float max = 0;
            foreach (var w in row) max = Math.Max(max, Math.Abs(w));
            float scale = max / 127f;
            scales[f] = scale;
            if (scale == 0) continue;
            var target = quantized.AsSpan(f * stride, classes);
            for (int y = 0; y < classes; y++) target[y] = (sbyte)Math.Clamp(MathF.Round(row[y] / scale), -127, 127);
        }
        return (quantized, scales);
    }

    public int ClassCount { get; }

    /// <summary>The calibration temperature T.</summary>
    public double Temperature { get; }

    /// <summary>The weight of each member.</summary>
    public IReadOnlyList<double> Weights => _weights;

    public void PredictLogProba(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> logProbabilities)
    {
        int c = ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        var output = logProbabilities[..c];
        if (_fusedWeights is not null)
        {
            FusedScores(indices, values, output);
            LogMath.LogNormalize(output);
            return;
        }
        Span<double> member = c <= 512 ? stackalloc double[c] : new double[c];
        output.Clear();
        for (int m = 0; m < _members.Length; m++)
        {
            if (_weights[m] == 0) continue;
            _members[m].PredictLogProba(indices, values, member);
            for (int y = 0; y < c; y++) output[y] += _weights[m] * member[y];
        }
        for (int y = 0; y < c; y++) output[y] /= Temperature;
        LogMath.LogNormalize(output);
    }

    /// <summary>
    /// Writes unnormalised class scores (log-probabilities up to a constant, the same before <see cref="LogMath.LogNormalize"/>)
    /// when the members are folded into one matrix; returns false, writing nothing, otherwise.
    /// </summary>
    internal bool TryPredictScores(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> scores)
    {
        if (_fusedWeights is null) return false;
        if (scores.Length < ClassCount) throw new ArgumentException($"Output needs {ClassCount} slots.", nameof(scores));
        FusedScores(indices, values, scores[..ClassCount]);
        return true;
    }

    private void FusedScores(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> output)
    {
        int stride = _stride;
        Span<float> acc = stride <= 512 ? stackalloc float[stride] : new float[stride];
        QuantizedScoring.Accumulate(acc, _fusedWeights, _fusedScales, stride, _fusedFeatures, indices, values);
        // output = bias + acc in double, a vector at a time (widening a float is exact, so the same as the plain loop).
        var bias = _fusedBias.AsSpan(0, output.Length);
        int y = 0, w = System.Numerics.Vector<float>.Count;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            for (; y <= output.Length - w; y += w)
            {
                System.Numerics.Vector.Widen(new System.Numerics.Vector<float>(acc[y..]), out var low, out var high);
                (new System.Numerics.Vector<double>(bias[y..]) + low).CopyTo(output[y..]);
                (new System.Numerics.Vector<double>(bias[(y + w / 2)..]) + high).CopyTo(output[(y + w / 2)..]);
            }
        }
        for (; y < output.Length; y++) output[y] = bias[y] + acc[y];
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_members.Length);
        writer.Write(Temperature);
        for (int m = 0; m < _members.Length; m++)
        {
            writer.Write(_weights[m]);
            SparseModelSerializer.Write(writer, _members[m]);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static EnsembleModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count is < 1 or > 16) throw new InvalidDataException("Corrupt ensemble header.");
        double temperature = reader.ReadDouble();
        var members = new ISparseModel[count];
        var weights = new double[count];
        for (int m = 0; m < count; m++)
        {
            weights[m] = reader.ReadDouble();
            members[m] = SparseModelSerializer.Read(reader);
        }
        return new EnsembleModel(members, weights, temperature);
    }
}
