namespace ShopBot.Skills.Nlu.Intents;

/// <summary>A trained multi-class model over sparse feature vectors. Prediction is thread-safe and allocation-free.</summary>
public interface ISparseModel
{
    /// <summary>Number of classes scored.</summary>
    int ClassCount { get; }

    /// <summary>Writes normalised log-probabilities of every class for one row into <paramref name="logProbabilities"/>.</summary>
    void PredictLogProba(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> logProbabilities);

    /// <summary>Writes the model (without a header); <see cref="SparseModelSerializer"/> adds kind and version.</summary>
    void Write(BinaryWriter writer);
}
