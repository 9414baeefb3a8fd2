using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Tests.Nlu;

public class TextPipelineTests
{
    [Fact]
    public void Normalize_FoldsCaseWidthAndApostrophes() =>
        Assert.Equal("don't order", TextPipeline.Normalize("DON\u2019T \uFF2F\uFF52\uFF44\uFF45\uFF52"));

    [Fact]
    public void Normalize_AppliesNfkc() => Assert.Equal("fi 1", TextPipeline.Normalize("\uFB01 \u2460"));

    [Fact]
    public void Tokens_ExpandsContractionsAndMarksNegationUntilPunctuation() =>
        Assert.Equal(["i", "do", "not", "NEG_like", "NEG_it", "pleas", "help"],
            TextPipeline.Tokens("I don't like it. Please help!"));

    [Fact]
    public void Tokens_HandlesApostropheFreeContractionsAndBut() =>
        Assert.Equal(["i", "can", "not", "NEG_find", "NEG_it", "but", "it", "arriv"],
            TextPipeline.Tokens("i cant find it but it arrived"));

    [Fact]
    public void Tokens_WithoutStemming_KeepsWords() =>
        Assert.Equal(["we", "are", "ordering", "shoes"], TextPipeline.Tokens("We're ordering shoes", stem: false));

    [Fact]
    public void Featurizer_ProducesL2NormalisedVectorsWithIdf()
    {
        var f = TextFeaturizer.Fit(["track my order", "cancel my order", "where is my parcel"]);
        var v = f.Transform("track my order please");
        double norm = v.Values.Sum(x => (double)x * x);
        Assert.Equal(1.0, norm, 5);
        Assert.True(v.Indices.Zip(v.Indices.Skip(1)).All(p => p.First < p.Second), "indices ascending and unique");
        Assert.Empty(f.Transform("zzzz qqqq").Indices);
    }

    [Fact]
    public void Featurizer_RarerWordsWeighMore()
    {
        var f = TextFeaturizer.Fit(["my order", "my parcel", "my refund"], new FeaturizerOptions { MinCharNgram = 0, MaxWordNgram = 1 });
        var v = f.Transform("my order");
        Assert.Equal(2, v.Count);
        // idf(my) = ln(4/4)+1 = 1, idf(order) = ln(4/2)+1; after L2 the ratio survives.
        double expectedRatio = Math.Log(2) + 1;
        Assert.Equal(expectedRatio, v.Values.Max() / v.Values.Min(), 4);
    }

    [Fact]
    public void Featurizer_SaveLoad_GivesIdenticalVectors()
    {
        var f = TextFeaturizer.Fit(["track my order", "cancel my order", "i didn't get my refund"]);
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) f.Write(w);
        ms.Position = 0;
        var g = TextFeaturizer.Read(new BinaryReader(ms));
        var a = f.Transform("didn't get my order");
        var b = g.Transform("didn't get my order");
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
    }

    [Fact]
    public void Featurizer_RejectsBadOptions() =>
        Assert.Throws<ArgumentException>(() => TextFeaturizer.Fit(["a"], new FeaturizerOptions { HashBits = 40 }));

    [Theory]
    [InlineData("😡😡 where is my parcel", new[] { "😡", "😡", "where", "is", "my", "parcel" })]
    [InlineData("👍🏽 thanks", new[] { "👍", "thank" })] // a skin tone does not change the emoji
    [InlineData("love it ❤️", new[] { "love", "it", "❤" })] // nor does the emoji variation selector
    [InlineData("👨‍👩‍👧", new[] { "👨", "👩", "👧" })] // a joined sequence is its parts
    [InlineData("not happy 😡", new[] { "not", "NEG_happi", "😡" })] // the writer's feeling is not negated
    [InlineData("ok ☺ ⭐ ✅", new[] { "ok", "☺", "⭐", "✅" })]
    [InlineData("résumé © ™ →", new[] { "résumé", "tm" })] // symbols that are not emoji stay ignored
    public void Emoji_AreWordsOfTheirOwn(string text, string[] expected) => Assert.Equal(expected, TextPipeline.Tokens(text));

    private struct MarkSink() : ITokenSink
    {
        public List<string> Words { get; } = [];

        public readonly void OnRawToken(ReadOnlySpan<char> token) { }

        public readonly void OnWord(ReadOnlySpan<char> stem, bool negated) => Words.Add(stem.ToString());

        public readonly void OnBoundary() { }
    }

    [Theory]
    [InlineData("WHERE IS MY PARCEL???", true, true)]
    [InlineData("i am FURIOUS", true, false)]         // one capitalised word of five letters or more
    [InlineData("where is my parcel??", false, true)]
    [InlineData("why?! again", false, true)]
    [InlineData("I need a VAT invoice", false, false)] // an acronym and "I" are not shouting
    [InlineData("where is my parcel?", false, false)]
    [InlineData("Great!", false, false)]
    public void Emphasis_MarksCapitalsAndDoubledPunctuation(string text, bool shouting, bool insisting)
    {
        var sink = new MarkSink();
        TextPipeline.Emphasis(text, ref sink);
        Assert.Equal(shouting, sink.Words.Contains(TextPipeline.ShoutingMark));
        Assert.Equal(insisting, sink.Words.Contains(TextPipeline.InsistingMark));
    }

    [Fact]
    public void Emphasis_ReachesTheFeatures()
    {
        var f = TextFeaturizer.Fit(["where is my parcel", "WHERE IS MY PARCEL???"]);
        Assert.NotEqual(f.Transform("where is my parcel").Indices, f.Transform("WHERE IS MY PARCEL???").Indices);
    }
}
