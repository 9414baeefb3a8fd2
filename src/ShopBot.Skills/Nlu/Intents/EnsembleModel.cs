namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A weighted average of member log-probabilities, divided by a temperature and renormalised:
/// log p(c|x) = log softmax((Σ_k w_k log p_k(c|x)) / T). Weights and temperature are fitted on held-out data.
/// </summary>
public sealed class EnsembleModel : ISparseModel
{
    private readonly ISparseModel[] _members;
    private readonly double[] _weights;

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
        Span<double> member = c <= 512 ? stackalloc double[c] : new double[c];
        var output = logProbabilities[..c];
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
