using ShopBot.Skills.Nlu.Embeddings;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>One real all-MiniLM-L6-v2 encoder (from the NuGet package, on the CPU) shared by a test class.</summary>
public sealed class MiniLmEncoderFixture : IDisposable
{
    public MiniLmSentenceEncoder Encoder { get; } = new();

    public void Dispose() => Encoder.Dispose();
}
