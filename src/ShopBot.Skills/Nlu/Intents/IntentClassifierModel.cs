using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A trained text classifier: featurizer, label names and a sparse model, optionally mixed with an
/// <see cref="EncoderHead"/> over a sentence encoder's vectors. Thread-safe; saves and loads.
/// </summary>
public sealed class IntentClassifierModel : IIntentClassifier
{
    private const string Magic = "ShopBot.IntentClassifier";
    private const int FormatVersion = 3;
    private readonly string[] _labels;

    /// <summary>Combines a fitted featurizer, the class names (in model order) and the model.</summary>
    public IntentClassifierModel(TextFeaturizer featurizer, IReadOnlyList<string> labels, ISparseModel model, EncoderHead? head = null)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(model);
        if (labels.Count != model.ClassCount) throw new ArgumentException($"{labels.Count} labels for a model of {model.ClassCount} classes.");
        if (head is not null && head.Model.ClassCount != model.ClassCount) throw new ArgumentException($"The encoder head scores {head.Model.ClassCount} classes, the model {model.ClassCount}.");
        Featurizer = featurizer;
        _labels = [.. labels];
        Model = model;
        Head = head;
    }

    /// <summary>The sentence-encoder head mixed into every prediction, or null (bag-of-words only).</summary>
    public EncoderHead? Head { get; }

    /// <summary>The text featurizer.</summary>
    public TextFeaturizer Featurizer { get; }

    /// <summary>The class names, in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The sparse model.</summary>
    public ISparseModel Model { get; }

    public IReadOnlyList<IntentScore> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int c = _labels.Length;
        Span<double> scores = c <= 512 ? stackalloc double[c] : new double[c];
        Scores(text, scores);
        var probabilities = new double[c];
        LogMath.Softmax(scores, probabilities);
        return new RankedIntents(_labels, probabilities);
    }

    /// <summary>Writes log-probabilities of every label (in <see cref="Labels"/> order); allocation-free unless the encoder allocates.</summary>
    public void PredictLogProba(string text, Span<double> logProbabilities)
    {
        ArgumentNullException.ThrowIfNull(text);
        Featurizer.Transform(text, out var indices, out var values);
        Model.PredictLogProba(indices, values, logProbabilities);
        Head?.Mix(text, logProbabilities);
    }

    /// <summary>
    /// Index and probability of the most likely label and the runner-up probability; allocation-free. From the
    /// unnormalised scores: p_top = 1 / Σ exp(s_i − s_top) and p_second = exp(s_second − s_top) · p_top, so one sum of
    /// exponentials and no log-normalisation of every class.
    /// </summary>
    public (int Best, double Top, double Second) Top2(string text)
    {
        int c = _labels.Length;
        Span<double> scores = c <= 512 ? stackalloc double[c] : new double[c];
        Scores(text, scores);
        int best = LogMath.Top2(scores, out double top, out double second);
        if (!double.IsFinite(top)) return (best, 0, 0);
        double p = 1 / FastExp.SumExp(scores, top);
        return (best, p, FastExp.Exp(second - top) * p);
    }

    /// <summary>
    /// Unnormalised scores (log-probabilities up to a constant): the folded ensemble skips its log-normalisation, and an
    /// encoder head mixes its logits in linearly (the constants only shift every class alike).
    /// </summary>
    private void Scores(string text, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(text);
        Featurizer.Transform(text, out var indices, out var values);
        if (!(Model is EnsembleModel ensemble && ensemble.TryPredictScores(indices, values, scores)))
            Model.PredictLogProba(indices, values, scores);
        Head?.AddScores(text, scores);
    }

    /// <summary>Saves the model to a stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_labels.Length);
        foreach (var l in _labels) writer.Write(l);
        Featurizer.Write(writer);
        SparseModelSerializer.Write(writer, Model);
        writer.Write(Head is not null);
        Head?.Write(writer);
    }

    /// <summary>
    /// Loads a model saved by <see cref="Save"/>; throws <see cref="InvalidDataException"/> for other content, and for a
    /// model with an encoder head when <paramref name="encoder"/> is missing or is another encoder.
    /// </summary>
    public static IntentClassifierModel Load(Stream stream, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException("Not a ShopBot intent classifier file.");
            int version = reader.ReadInt32();
            if (version is not (2 or FormatVersion)) throw new InvalidDataException($"Model format {version} is not supported (expected {FormatVersion}).");
            int count = reader.ReadInt32();
            if (count is < 1 or > 100_000) throw new InvalidDataException("Corrupt label count.");
            var labels = new string[count];
            for (int i = 0; i < count; i++) labels[i] = reader.ReadString();
            var featurizer = TextFeaturizer.Read(reader);
            var model = SparseModelSerializer.Read(reader);
            var head = version >= 3 && reader.ReadBoolean() ? EncoderHead.Read(reader, encoder) : null;
            if (head is not null && head.Model.ClassCount != count) throw new InvalidDataException("The encoder head does not match the labels.");
            return new IntentClassifierModel(featurizer, labels, model, head);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The model file ends early.", e);
        }
    }
}
