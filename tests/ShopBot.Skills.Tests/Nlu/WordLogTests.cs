using ShopBot.Skills.Nlu.Sentiment;
using ShopBot.Skills.Nlu.Text;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The polarity counts taken from the hashing pass's word log equal those of a separate pass over the text.</summary>
public sealed class WordLogTests
{
    private static readonly PolarityLexicon Lexicon = PolarityLexicon.Load(
        Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "sentiment", SentimentTrainer.LexiconFileName));

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>
        {
            "not bad at all, but the battery is very poor",
            "although the screen is great, I would not buy it again",
            "slightly disappointing; however, the support was excellent!",
            "it isn't good. it's awful",
            "",
        };
        foreach (var file in Directory.GetFiles(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "sentiment"), "*.csv").Order(StringComparer.Ordinal))
            foreach (var e in SentimentDataLoader.Load(file).Where((_, i) => i % 40 == 0)) data.Add(e.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Counts_from_the_log_equal_a_pass_over_the_text(string sentence)
    {
        var fromText = new float[4];
        Lexicon.Accumulate(new string(sentence.AsSpan()), fromText);

        var log = new WordLog();
        var buffer = new char[16];
        int n = TextPipeline.Normalize(sentence, ref buffer);
        var sink = new HashingSink(new FeaturizerOptions(), new int[64], log);
        TextPipeline.Run(buffer.AsSpan(0, n), ref sink);
        var fromLog = new float[4];
        Lexicon.Accumulate(new string(sentence.AsSpan()), log, fromLog); // a new instance: no per-thread reuse

        Assert.Equal(fromText, fromLog);
    }

    [Fact]
    public void The_log_sees_words_negation_and_boundaries()
    {
        var log = new WordLog();
        var buffer = new char[16];
        int n = TextPipeline.Normalize("not good. great", ref buffer);
        var sink = new HashingSink(new FeaturizerOptions(), new int[64], log);
        TextPipeline.Run(buffer.AsSpan(0, n), ref sink);
        Assert.Contains(WordLog.NegatedWordEntry, log.Kinds.ToArray());
        Assert.Contains(WordLog.BoundaryEntry, log.Kinds.ToArray());
        Assert.Equal(HashingSink.WordHash("great", false), log.Hashes[^1]);
    }
}
