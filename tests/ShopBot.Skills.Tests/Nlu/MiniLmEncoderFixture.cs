using ShopBot.Skills.Nlu.Embeddings;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>One real all-MiniLM-L6-v2 encoder (from the NuGet package, on the CPU) shared by a test class.</summary>
public sealed class MiniLmEncoderFixture : IDisposable
{
    public PackagedSentenceEncoder Encoder { get; } = new(PackagedSentenceEncoder.MiniLm);

    public void Dispose() => Encoder.Dispose();
}
