using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The static token-vector encoder: its table, tokenizer, builder, the dense trainer and the head's fast path.</summary>
public class StaticEncoderTests
{
    // A hand-made 3-dimensional table; the source space is the identity, so rows are easy to reason about.
    private static readonly string[] Tokens = ["where", "is", "my", "order", "!", "re", "##fund", "##s", "cafe", "refund"];

    private static WordVectorTable Small()
    {
        float[][] rows =
        [
            [1, 0, 0], [0, 1, 0], [0, 0, 1], [2, 2, 0], [0, 0, -1],
            [1, 1, 1], [0, 2, 0], [0, 0, 3], [5, 0, 0], [0, 4, 4],
        ];
        return new WordVectorTable("test", Tokens, [.. rows.SelectMany(r => r)], 3, [0, 0, 0], [1, 0, 0, 0, 1, 0, 0, 0, 1]);
    }

    private static int[] Pieces(StaticSentenceEncoder encoder, string text)
    {
        var rows = new int[StaticSentenceEncoder.MaxCharacters];
        int n = encoder.Pieces(text, rows);
        return rows[..n];
    }

    [Fact]
    public void Table_FindsTokensExactly()
    {
        var table = Small();
        Assert.Equal(3, table.IndexOf("order"));
        Assert.Equal(6, table.IndexOf("##fund"));
        Assert.Equal(-1, table.IndexOf("Order"));
        Assert.Equal(-1, table.IndexOf("orde"));
        Assert.Equal(-1, table.IndexOf(""));
        Assert.Throws<ArgumentException>(() => new WordVectorTable("test", ["a", "a"], new float[6], 3, [0, 0, 0], new float[9]));
        Assert.Throws<ArgumentException>(() => new WordVectorTable("test", ["a"], new float[2], 3, [0, 0, 0], new float[9]));
    }

    [Fact]
    public void Table_Correct_FindsTheMostFrequentWholeWordOneEditAway()
    {
        var table = Small();
        Assert.Equal(3, table.Correct("ordr"));     // a letter missing
        Assert.Equal(3, table.Correct("orderx"));   // a letter added
        Assert.Equal(3, table.Correct("ordet"));    // a letter changed
        Assert.Equal(3, table.Correct("oredr"));    // two letters swapped
        Assert.Equal(9, table.Correct("refunds"));  // "refund", the whole word, not the piece "##fund"
        Assert.Equal(-1, table.Correct("orbit"));   // two edits away
        Assert.Equal(-1, table.Correct("ord"));     // too short to correct
        Assert.Equal(-1, table.Correct("Ordr"));    // only lower-case letters
        Assert.Equal(-1, table.Correct("ord3r"));
        // Among candidates the lowest row wins: the vocabulary lists words by frequency.
        var pair = new WordVectorTable("test", ["card", "cart"], new float[6], 3, [0, 0, 0], [1, 0, 0, 0, 1, 0, 0, 0, 1]);
        Assert.Equal(0, pair.Correct("carx"));
        Assert.Equal(1, pair.Correct("carts"));
    }

    [Fact]
    public void Table_RoundTrip_QuantizesEachRowToWithinHalfAStep()
    {
        var table = Small();
        using var stream = new MemoryStream();
        table.Write(stream);
        stream.Position = 0;
        var read = WordVectorTable.Read(stream);
        Assert.Equal(table.Tokens, read.Tokens);
        for (int i = 0; i < table.Count; i++)
        {
            float step = table.Row(i).ToArray().Max(Math.Abs) / 127;
            for (int k = 0; k < 3; k++) Assert.InRange(read.Row(i)[k] - table.Row(i)[k], -step / 2 - 1e-6f, step / 2 + 1e-6f);
        }
        // Rows already on the grid survive a second round trip bit for bit, so the fingerprint is stable.
        using var again = new MemoryStream();
        read.Write(again);
        again.Position = 0;
        Assert.Equal(read.Fingerprint, WordVectorTable.Read(again).Fingerprint);
    }

    [Fact]
    public void Table_RejectsOtherAndTruncatedFiles()
    {
        using var stream = new MemoryStream();
        Small().Write(stream);
        var bytes = stream.ToArray();
        Assert.Throws<InvalidDataException>(() => WordVectorTable.Read(new MemoryStream(bytes[..(bytes.Length - 5)])));
        Assert.Throws<InvalidDataException>(() => WordVectorTable.Read(new MemoryStream("not a table at all"u8.ToArray())));
    }

    [Fact]
    public void Encoder_CutsLikeUncasedBert_AndSplitsUnknownWordsIntoPieces()
    {
        var encoder = new StaticSentenceEncoder(Small());
        Assert.Equal([0, 1, 2, 3, 4], Pieces(encoder, "Where is  my ORDER!"));
        Assert.Equal([9], Pieces(encoder, "refund"));
        // Greedy longest match first: the whole "refund" before "re" + "##fund".
        Assert.Equal([9, 7], Pieces(encoder, "refunds"));
        Assert.Equal([9, 7, 7], Pieces(encoder, "refundss"));
        Assert.Equal([8], Pieces(encoder, "Café"));
        Assert.Equal([8], Pieces(encoder, "Cafe\u0301"));
        // A word one edit from a whole word is taken for it (a misspelling) unless it is a word plus an inflection
        // ending, as "refunds" above; a word with a part the table lacks and no word near it is dropped whole, as BERT
        // maps it to its unknown token.
        Assert.Equal([0, 9], Pieces(encoder, "where refundx"));
        Assert.Equal([0, 3], Pieces(encoder, "where ordr"));
        Assert.Equal([0], Pieces(encoder, "where refundxx"));
        Assert.Empty(Pieces(encoder, "   "));
        Assert.Empty(Pieces(encoder, new string('a', StaticSentenceEncoder.MaxWordLength + 1)));
    }

    [Fact]
    public void Encoder_GivesTheSumOfThePieces_OverTheRootOfTheirSquaredLengths()
    {
        var encoder = new StaticSentenceEncoder(Small());
        // where + order + ! = (1,0,0) + (2,2,0) + (0,0,-1) = (3,2,-1); squared lengths 1 + 8 + 1 = 10, so divided by
        // sqrt(10), not by the sum's own length sqrt(14).
        var v = new float[3];
        encoder.Encode("where order!", v);
        double n = Math.Sqrt(10);
        Assert.Equal(3 / n, v[0], 6);
        Assert.Equal(2 / n, v[1], 6);
        Assert.Equal(-1 / n, v[2], 6);
        Assert.Equal(v, encoder.Encode(["where order!"])[0]);
        // A misspelt word counts as the word it is one edit from.
        Assert.Equal(v, encoder.Encode(["where ordr!"])[0]);
        encoder.Encode("nothing known", v);
        Assert.Equal([0f, 0f, 0f], v);
        // Only the first MaxCharacters characters are read.
        string padded = new string(' ', StaticSentenceEncoder.MaxCharacters) + "order";
        encoder.Encode(padded, v);
        Assert.Equal([0f, 0f, 0f], v);
        Assert.StartsWith("static/", encoder.Name);
        Assert.Equal(3, encoder.Dimension);
    }

    [Fact]
    public void PrincipalAxes_RecoverKnownAxes_InOrder_WithTheSignConvention()
    {
        // Points spread along u1 with standard deviation 3 and along u2 with 1, nothing along u3.
        double s = Math.Sqrt(0.5);
        double[] u1 = [s, s, 0], u2 = [0, 0, 1];
        var rng = new Random(5);
        var rows = new List<float[]>();
        for (int i = 0; i < 4000; i++)
        {
            double a = 3 * Normal(rng), b = Normal(rng);
            rows.Add([(float)(10 + a * u1[0] + b * u2[0]), (float)(-2 + a * u1[1] + b * u2[1]), (float)(a * u1[2] + b * u2[2])]);
        }
        var (mean, axes) = WordVectorBuilder.PrincipalAxes(rows, 2);
        Assert.InRange(mean[0], 9.85, 10.15);
        Assert.InRange(mean[1], -2.15, -1.85);
        Assert.Equal(1, Math.Abs(axes[0].Zip(u1, (x, y) => x * y).Sum()), 3);
        Assert.Equal(1, Math.Abs(axes[1].Zip(u2, (x, y) => x * y).Sum()), 3);
        foreach (var axis in axes) Assert.True(axis.MaxBy(Math.Abs) > 0, "the largest entry of each axis is positive");
    }

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Fact]
    public void Builder_EncodesEachTokenAlone_AndRowsAreTheProjection()
    {
        var seen = new List<string>();
        float[] Fake(string t) => [t.Length, t[0], t.Count(c => c == 'e'), 1];
        var table = WordVectorBuilder.Build("fake", ["tree", "##ee", "b", "apple", "pear"], texts =>
        {
            seen.AddRange(texts);
            return [.. texts.Select(Fake)];
        }, 2);
        Assert.Equal(["tree", "ee", "b", "apple", "pear"], seen);
        Assert.Equal(2, table.Dimension);
        Assert.Equal(4, table.SourceDimension);
        var projected = new float[2];
        table.Project(Fake("apple"), projected);
        Assert.Equal(projected[0], table.Row(table.IndexOf("apple"))[0], 4);
        Assert.Equal(projected[1], table.Row(table.IndexOf("apple"))[1], 4);
        table.Project(Fake("ee"), projected);
        Assert.Equal(projected[0], table.Row(table.IndexOf("##ee"))[0], 4);
    }

    [Fact]
    public void DenseTrainer_WithoutL2_IsTheSparseTrainerOnDenseRows()
    {
        var rng = new Random(3);
        int n = 120, d = 6, c = 3;
        var vectors = new float[n][];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = i % c;
            vectors[i] = [.. Enumerable.Range(0, d).Select(f => (float)(rng.NextDouble() - 0.5 + (f == labels[i] ? 1 : 0)))];
        }
        var options = new SoftmaxRegressionOptions { L2 = 0, MaxEpochs = 5, Tolerance = 0 };
        var dense = new DenseSoftmaxTrainer(options);
        var denseModel = dense.Fit(vectors, labels, c);
        var columns = Enumerable.Range(0, d).ToArray();
        var sparse = new SoftmaxRegressionTrainer(options);
        var sparseModel = sparse.Fit(new TrainingSet([.. vectors.Select(v => new SparseVector(columns, v))], labels, c, d));
        for (int k = 0; k < dense.EpochLosses.Count; k++) Assert.Equal(sparse.EpochLosses[k], dense.EpochLosses[k], 4);
        var a = ((ILinearScorer)denseModel).LinearWeights.ToArray();
        var b = ((ILinearScorer)sparseModel).LinearWeights.ToArray();
        for (int i = 0; i < a.Length; i++) Assert.Equal(b[i], a[i], 3);
        Assert.True(dense.EpochLosses[^1] < dense.EpochLosses[0]);
        // The fit separates these classes.
        var logits = new float[c];
        int right = 0;
        for (int i = 0; i < n; i++)
        {
            denseModel.Logits(vectors[i], logits);
            if (Array.IndexOf(logits, logits.Max()) == labels[i]) right++;
        }
        Assert.True(right > 0.9 * n, $"{right}/{n}");
    }

    [Fact]
    public void Head_WithStaticEncoder_SumsTokenLogits_AsTheMatrixProductWould()
    {
        var encoder = new StaticSentenceEncoder(Small());
        var rng = new Random(11);
        int c = 4;
        var model = new SoftmaxRegressionModel([.. Enumerable.Range(0, 3 * c).Select(_ => (float)(rng.NextDouble() * 2 - 1))], [0.1f, -0.2f, 0.3f, 0f], c, 3);
        var head = new EncoderHead(encoder, model, 0.6, 0.8);
        foreach (var text in new[] { "where is my order!", "refunds", "nothing known here" })
        {
            double[] fast = [0.5, -1, 2, 0], slow = [0.5, -1, 2, 0];
            head.AddScores(text, fast);
            var v = encoder.Encode([text])[0];
            head.AddScores(v, slow);
            // The fast path stores each token's logits as 8-bit integers (within 1/254 of the token's largest logit,
            // here at most about 0.03), so it agrees with the matrix product to about 0.01 after mixing.
            for (int y = 0; y < c; y++) Assert.InRange(fast[y] - slow[y], -0.01, 0.01);
            // And by hand: (1 − w)/T · s + w/T · (b + W v).
            var z = new float[c];
            model.Logits(v, z);
            double[] start = [0.5, -1, 2, 0];
            for (int y = 0; y < c; y++) Assert.Equal(0.4 / 0.8 * start[y] + 0.6 / 0.8 * z[y], slow[y], 5);
        }
    }

    [Fact]
    public void StaticHead_ClassifyTop2AndSaveLoad_AgreeWithPredictLogProba()
    {
        var encoder = StaticSentenceEncoder.Shipped();
        var model = new IntentClassifierTrainer(encoder: encoder).Fit(IntentClassifierTests.Shop());
        Assert.NotNull(model.Head);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = IntentClassifierModel.Load(stream, StaticSentenceEncoder.Shipped());
        foreach (var text in new[] { "reimburse me", "greetings", "where is my order", "has my shipment been dispatched" })
        {
            EncoderHeadTests.AssertRankingAgreesWithLogProba(model, text);
            var ranked = model.Classify(text);
            Assert.Equal(ranked.Select(r => (r.Name, r.Confidence)), loaded.Classify(text).Select(r => (r.Name, r.Confidence)));
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => IntentClassifierModel.Load(stream));
    }

    [Fact]
    public void ShippedTable_CorrectsCommonMisspellings_ButKeepsInflectedWords()
    {
        var encoder = StaticSentenceEncoder.Shipped();
        string Cut(string text) => string.Join(" ", Pieces(encoder, text).Select(p => encoder.Table.Tokens[p]));
        Assert.Equal("my package delivery", Cut("my pakage delivary"));
        Assert.Equal("where is my order", Cut("where is my ordr"));
        // "pearl" shares the deletion "parl" with "parcl" and is more frequent, but it is two edits away.
        Assert.Equal("parcel", Cut("parcl"));
        // A known word and an inflection ending stay as WordPiece cuts them.
        Assert.Equal("tracking ##s", Cut("trackings"));
        Assert.Equal(-1, encoder.Table.Correct("qzxwv"));
    }

    [Theory]
    [InlineData("order", "ordr", true)]     // dropped
    [InlineData("order", "orderx", true)]   // added
    [InlineData("order", "ordet", true)]    // changed
    [InlineData("order", "oredr", true)]    // neighbours swapped
    [InlineData("order", "order", false)]
    [InlineData("parcl", "pearl", false)]   // a shared deletion, two edits
    [InlineData("order", "odrer", true)]
    [InlineData("order", "roder", true)]
    [InlineData("order", "redro", false)]
    [InlineData("abc", "a", false)]
    public void IsOneEdit_MatchesTheEditsByHand(string a, string b, bool expected)
    {
        Assert.Equal(expected, WordVectorTable.IsOneEdit(a, b));
        Assert.Equal(expected, WordVectorTable.IsOneEdit(b, a));
    }

    [Fact]
    public void ShippedTable_CoversTheVocabulary_AndAllocatesNothingPerMessage()
    {
        var table = WordVectorTable.Shipped;
        Assert.Equal(256, table.Dimension);
        Assert.Equal(384, table.SourceDimension);
        Assert.True(table.Count > 29_000, $"{table.Count} tokens");
        foreach (var t in new[] { "order", "money", "parcel", "##s", "?" }) Assert.True(table.IndexOf(t) >= 0, t);
        // The lookup goes by 64-bit hash: every token must come back as itself, and strings one letter off a token
        // must not be taken for it.
        var known = new HashSet<string>(table.Tokens, StringComparer.Ordinal);
        for (int i = 0; i < table.Count; i++)
        {
            Assert.Equal(i, table.IndexOf(table.Tokens[i]));
            string near = table.Tokens[i] + "q";
            if (!known.Contains(near)) Assert.Equal(-1, table.IndexOf(near));
        }
        var encoder = StaticSentenceEncoder.Shipped();
        var v = new float[encoder.Dimension];
        encoder.Encode("Where's my parcel? It hasn't arrived.", v);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) encoder.Encode("Where's my parcel? It hasn't arrived.", v);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        var pieces = Pieces(encoder, "Where's my parcel? It hasn't arrived.");
        Assert.Equal(["where", "'", "s", "my", "parcel", "?", "it", "hasn", "'", "t", "arrived", "."], pieces.Select(p => table.Tokens[p]));
        double squared = pieces.Sum(p => (double)table.SquaredLength(p));
        for (int k = 0; k < encoder.Dimension; k++)
            Assert.Equal(pieces.Sum(p => (double)table.Row(p)[k]) / Math.Sqrt(squared), v[k], 4);
    }
}

/// <summary>The shipped table is what <c>nlu word-vectors</c> says it is: MiniLM's vector of each token alone, projected.</summary>
public class ShippedWordVectorTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    [Fact]
    public void Rows_AreMiniLmVectorsOfTheTokenAlone_ThroughTheStoredProjection()
    {
        var table = WordVectorTable.Shipped;
        string[] tokens = ["order", "parcel", "furious", "##s", "?"];
        var vectors = fixture.Encoder.Encode([.. tokens.Select(t => t.StartsWith("##") ? t[2..] : t)]);
        var projected = new float[table.Dimension];
        for (int i = 0; i < tokens.Length; i++)
        {
            table.Project(vectors[i], projected);
            var row = table.Row(table.IndexOf(tokens[i]));
            float step = projected.Max(Math.Abs) / 127;
            for (int k = 0; k < table.Dimension; k++)
                Assert.True(Math.Abs(row[k] - projected[k]) <= step, $"{tokens[i]}[{k}]: {row[k]} vs {projected[k]}");
        }
    }
}
