using ShopBot.Skills.Nlu.Embeddings;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A softmax regression on a sentence encoder's vectors, mixed with the bag-of-words model's log-probabilities:
/// log p(c|x) = log softmax(((1 − w) log p_words(c|x) + w log p_encoder(c|x)) / T), a weighted geometric mean of the
/// two distributions, recalibrated. The weight w and temperature T are fitted on held-out data
/// (<see cref="IntentClassifierTrainer"/>). Thread-safe when the encoder is.
/// </summary>
public sealed class EncoderHead
{
    private readonly int[] _columns;

    /// <summary>Combines an encoder, a model over its vectors, the mixing weight and the temperature.</summary>
    public EncoderHead(ISentenceEncoder encoder, SoftmaxRegressionModel model, double weight, double temperature)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(model);
        if (model.FeatureCount != encoder.Dimension)
            throw new ArgumentException($"The model reads {model.FeatureCount} columns but encoder '{encoder.Name}' gives {encoder.Dimension}.");
        if (!(weight is >= 0 and <= 1)) throw new ArgumentException($"weight must be in [0, 1], was {weight}.", nameof(weight));
        if (!(temperature > 0) || double.IsInfinity(temperature)) throw new ArgumentException($"temperature must be positive, was {temperature}.", nameof(temperature));
        Encoder = encoder;
        Model = model;
        Weight = weight;
        Temperature = temperature;
        _columns = DenseColumns(encoder.Dimension);
    }

    /// <summary>The sentence encoder.</summary>
    public ISentenceEncoder Encoder { get; }

    /// <summary>The softmax regression over sentence vectors.</summary>
    public SoftmaxRegressionModel Model { get; }

    /// <summary>Weight w of the encoder's distribution (1 − w goes to the bag-of-words model).</summary>
    public double Weight { get; }

    /// <summary>Calibration temperature T of the mixture.</summary>
    public double Temperature { get; }

    /// <summary>Replaces the bag-of-words log-probabilities in <paramref name="logProbabilities"/> by the mixture's.</summary>
    public void Mix(string text, Span<double> logProbabilities)
    {
        var vector = Encoder.Encode([text])[0];
        Mix(vector, logProbabilities);
    }

    /// <summary>As <see cref="Mix(string, Span{double})"/> for an already encoded text.</summary>
    public void Mix(float[] vector, Span<double> logProbabilities)
    {
        ArgumentNullException.ThrowIfNull(vector);
        int c = Model.ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        Span<double> dense = c <= 512 ? stackalloc double[c] : new double[c];
        Model.PredictLogProba(_columns, vector, dense);
        Combine(logProbabilities[..c], dense, Weight, Temperature);
    }

    /// <summary>words ← log softmax(((1 − w)·words + w·encoder) / T).</summary>
    internal static void Combine(Span<double> words, ReadOnlySpan<double> encoder, double weight, double temperature)
    {
        for (int y = 0; y < words.Length; y++) words[y] = ((1 - weight) * words[y] + weight * encoder[y]) / temperature;
        LogMath.LogNormalize(words);
    }

    /// <summary>The column indices 0..d−1 under which a dense vector is given to a sparse model.</summary>
    internal static int[] DenseColumns(int dimension) => Enumerable.Range(0, dimension).ToArray();

    /// <summary>Writes the encoder's name and dimension, the weight, the temperature and the model.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Encoder.Name);
        writer.Write(Encoder.Dimension);
        writer.Write(Weight);
        writer.Write(Temperature);
        Model.Write(writer);
    }

    /// <summary>Reads a head written by <see cref="Write"/>; the file must name <paramref name="encoder"/>.</summary>
    public static EncoderHead Read(BinaryReader reader, ISentenceEncoder? encoder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string name = reader.ReadString();
        int dimension = reader.ReadInt32();
        if (encoder is null) throw new InvalidDataException($"The model needs sentence encoder '{name}', and none is configured.");
        if (encoder.Name != name || encoder.Dimension != dimension)
            throw new InvalidDataException($"The model was trained with sentence encoder '{name}' ({dimension} dimensions), not '{encoder.Name}' ({encoder.Dimension}).");
        double weight = reader.ReadDouble(), temperature = reader.ReadDouble();
        var model = SoftmaxRegressionModel.Read(reader);
        try
        {
            return new EncoderHead(encoder, model, weight, temperature);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Corrupt encoder head: {e.Message}", e);
        }
    }
}
