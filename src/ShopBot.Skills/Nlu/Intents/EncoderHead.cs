using ShopBot.Skills.Nlu.Embeddings;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A softmax regression on a sentence encoder's vectors, mixed with the bag-of-words model's log-probabilities:
/// log p(c|x) = log softmax(((1 − w) log p_words(c|x) + w log p_encoder(c|x)) / T), a weighted geometric mean of the
/// two distributions, recalibrated. The weight w and temperature T are fitted on held-out data
/// (<see cref="IntentClassifierTrainer"/>). Thread-safe when the encoder is.
/// With a <see cref="StaticSentenceEncoder"/> the head keeps every token's logits, W·row (8-bit, one scale per token,
/// in the bag-of-words model's row layout, so its kernel sums them): the text's logits are then their sum divided by
/// the root of the rows' summed squared lengths (the encoder's vector, multiplied out), so a message costs one row of
/// logits per token and never reads the rows themselves.
/// </summary>
public sealed class EncoderHead
{
    private readonly float[] _classMajor;
    private readonly float[] _bias;
    private readonly StaticSentenceEncoder? _static;
    private readonly sbyte[]? _tokenLogits;
    private readonly float[]? _tokenScales;
    private readonly int _stride;

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
        // Class-major copy of the weights: each class's logit is one dot product with the vector.
        int c = model.ClassCount, d = encoder.Dimension;
        var featureMajor = ((ILinearScorer)model).LinearWeights;
        _classMajor = new float[c * d];
        _bias = new float[c];
        for (int y = 0; y < c; y++)
        {
            _bias[y] = (float)((ILinearScorer)model).LinearBias(y);
            for (int f = 0; f < d; f++) _classMajor[y * d + f] = featureMajor[f * c + y];
        }
        if (encoder is StaticSentenceEncoder staticEncoder)
        {
            _static = staticEncoder;
            var table = staticEncoder.Table;
            // Each token's logits as 8-bit integers and a scale, rows padded to whole vectors: a message reads a
            // quarter of the memory a float table would need, and that memory is what a piece costs.
            _stride = QuantizedScoring.RowStride(c);
            _tokenLogits = new sbyte[table.Count * _stride];
            _tokenScales = new float[table.Count];
            var logits = new float[c];
            for (int t = 0; t < table.Count; t++)
            {
                var row = table.Row(t);
                for (int y = 0; y < c; y++) logits[y] = LogMath.Dot(_classMajor.AsSpan(y * d, d), row);
                _tokenScales[t] = WordVectorTable.Quantize(logits, _tokenLogits.AsSpan(t * _stride, c));
            }
        }
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
        int c = Model.ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        AddScores(text, logProbabilities);
        LogMath.LogNormalize(logProbabilities[..c]);
    }

    /// <summary>As <see cref="Mix(string, Span{double})"/> for an already encoded text.</summary>
    public void Mix(float[] vector, Span<double> logProbabilities)
    {
        ArgumentNullException.ThrowIfNull(vector);
        int c = Model.ClassCount;
        if (logProbabilities.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(logProbabilities));
        AddScores(vector, logProbabilities);
        LogMath.LogNormalize(logProbabilities[..c]);
    }

    /// <summary>
    /// scores ← ((1 − w)·scores + w·z) / T, z the head's logits for the text: given the bag-of-words log-probabilities
    /// up to a constant, the mixture's up to a constant (a softmax removes it). Allocation-free when the encoder is.
    /// </summary>
    public void AddScores(string text, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_static is not null)
        {
            AddStaticScores(text, scores);
            return;
        }
        int d = Encoder.Dimension;
        Span<float> vector = d <= 1024 ? stackalloc float[d] : new float[d];
        Encoder.Encode(text, vector);
        AddScores(vector, scores);
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    private void AddStaticScores(string text, Span<double> scores)
    {
        int c = Model.ClassCount;
        if (scores.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(scores));
        Span<int> rows = stackalloc int[StaticSentenceEncoder.MaxCharacters];
        int count = _static!.Pieces(text, rows);
        rows = rows[..count];
        Span<float> logits = _stride <= 512 ? stackalloc float[_stride] : new float[_stride];
        Span<float> ones = stackalloc float[count];
        var table = _static.Table;
        // The rows of a message are scattered over megabytes: start every load before the first is needed.
        QuantizedScoring.PrefetchRows(_tokenLogits, _stride, rows);
        float squared = 0;
        foreach (int t in rows) squared += table.SquaredLength(t);
        ones.Fill(1);
        // The token logit rows have the bag-of-words model's 8-bit layout, so its kernel sums them.
        QuantizedScoring.Accumulate(logits, _tokenLogits, _tokenScales, _stride, table.Count, rows, ones);
        float length = MathF.Sqrt(squared), scale = length > 0 ? 1 / length : 0;
        double a = (1 - Weight) / Temperature, b = Weight / Temperature;
        for (int y = 0; y < c; y++) scores[y] = a * scores[y] + b * (_bias[y] + logits[y] * scale);
    }

    /// <summary>As <see cref="AddScores(string, Span{double})"/> for an already encoded text.</summary>
    public void AddScores(ReadOnlySpan<float> vector, Span<double> scores)
    {
        int c = Model.ClassCount;
        if (scores.Length < c) throw new ArgumentException($"Output needs {c} slots.", nameof(scores));
        int d = Encoder.Dimension;
        if (vector.Length < d) throw new ArgumentException($"Need {d} values.", nameof(vector));
        vector = vector[..d];
        double a = (1 - Weight) / Temperature, b = Weight / Temperature;
        for (int y = 0; y < c; y++) scores[y] = a * scores[y] + b * (_bias[y] + LogMath.Dot(_classMajor.AsSpan(y * d, d), vector));
    }

    /// <summary>words ← log softmax(((1 − w)·words + w·encoder) / T).</summary>
    internal static void Combine(Span<double> words, ReadOnlySpan<double> encoder, double weight, double temperature)
    {
        for (int y = 0; y < words.Length; y++) words[y] = ((1 - weight) * words[y] + weight * encoder[y]) / temperature;
        LogMath.LogNormalize(words);
    }

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
