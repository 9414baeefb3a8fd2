using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Embeddings;

namespace ShopBot.Skills.Tests.Nlu;

public class SentenceEncoderTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public void Encode_GivesUnitVectorsOfTheModelDimension()
    {
        var vectors = fixture.Encoder.Encode(["where is my order", "hello", ""]);
        Assert.Equal(3, vectors.Length);
        foreach (var v in vectors)
        {
            Assert.Equal(384, v.Length);
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4);
        }
    }

    [Fact]
    public void Encode_IsDeterministic_AloneOrInABatch()
    {
        var alone = fixture.Encoder.Encode(["can I pay with paypal"])[0];
        var batch = fixture.Encoder.Encode(["something else entirely", "can I pay with paypal"])[1];
        Assert.Equal(1.0, Cosine(alone, batch), 4);
    }

    [Fact]
    public void Encode_PlacesParaphrasesCloserThanUnrelatedRequests()
    {
        var v = fixture.Encoder.Encode(["where is my parcel", "has my package been shipped", "i want to delete my account", "what is the weather in paris"]);
        double paraphrase = Cosine(v[0], v[1]);
        Assert.True(paraphrase > Cosine(v[0], v[2]) + 0.2, $"paraphrase {paraphrase:F2} vs unrelated {Cosine(v[0], v[2]):F2}");
        Assert.True(paraphrase > Cosine(v[0], v[3]) + 0.2, $"paraphrase {paraphrase:F2} vs unrelated {Cosine(v[0], v[3]):F2}");
    }

    [Fact]
    public void Encode_CutsVeryLongTextsInsteadOfFailing()
    {
        string longText = string.Concat(Enumerable.Repeat("my order never arrived and nobody answers. ", 250));
        var v = fixture.Encoder.Encode([longText])[0];
        var head = fixture.Encoder.Encode([longText[..PackagedSentenceEncoder.MaxCharacters]])[0];
        Assert.Equal(1.0, Cosine(v, head), 4);
    }

    [Fact]
    public void Encode_RejectsNullTexts() =>
        Assert.Throws<ArgumentException>(() => fixture.Encoder.Encode([null!]));

    [Fact]
    public void Memoizing_EncodesEachDistinctTextOnce()
    {
        var counting = new CountingEncoder(fixture.Encoder);
        var memo = new MemoizingSentenceEncoder(counting);
        var first = memo.Encode(["a", "b", "a"]);
        var second = memo.Encode(["b", "c"]);
        Assert.Equal(3, counting.Texts);
        Assert.Same(first[1], second[0]);
        Assert.Same(first[0], first[2]);
        Assert.Equal(3, memo.Count);
    }

    [Fact]
    public void Names_AreValidatedByTheOptions()
    {
        new NluOptions { Encoder = "minilm" }.Validate();
        var e = Assert.Throws<ArgumentException>(() => new NluOptions { Encoder = "bert" }.Validate());
        Assert.Contains("Nlu:Encoder", e.Message);
        Assert.Null(SentenceEncoders.Create(SentenceEncoders.None));
        Assert.Throws<ArgumentException>(() => SentenceEncoders.Create("bert"));
    }

    private sealed class CountingEncoder(ISentenceEncoder inner) : ISentenceEncoder
    {
        public int Texts { get; private set; }

        public string Name => inner.Name;

        public int Dimension => inner.Dimension;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Texts += texts.Count;
            return inner.Encode(texts, cancellationToken);
        }

        public void Encode(string text, Span<float> vector)
        {
            Texts++;
            inner.Encode(text, vector);
        }
    }
}
