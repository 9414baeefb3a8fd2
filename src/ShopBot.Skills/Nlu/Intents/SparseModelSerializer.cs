namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Writes and reads any <see cref="ISparseModel"/> with a kind tag, so a file knows which model it holds.</summary>
public static class SparseModelSerializer
{
    /// <summary>Writes a kind tag and the model.</summary>
    public static void Write(BinaryWriter writer, ISparseModel model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(model);
        writer.Write(model switch
        {
            NaiveBayesModel => "nb",
            SoftmaxRegressionModel => "lr",
            EnsembleModel => "ensemble",
            _ => throw new ArgumentException($"Cannot serialise a {model.GetType().Name}.", nameof(model)),
        });
        model.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static ISparseModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string kind = reader.ReadString();
        return kind switch
        {
            "nb" => NaiveBayesModel.Read(reader),
            "lr" => SoftmaxRegressionModel.Read(reader),
            "ensemble" => EnsembleModel.Read(reader),
            _ => throw new InvalidDataException($"Unknown model kind '{kind}'."),
        };
    }
}
