using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The featurizer's rank-bitmap vocabulary gives every bucket the column the plain bucket-to-column maps give.</summary>
public sealed class VocabularyMapTests
{
    [Fact]
    public void FittedVocabulary_NumbersBucketsInOrder_WordBlockFirst()
    {
        string[] texts = ["track my order please", "where is my parcel", "cancel the order", "i want a refund", "my card was charged twice"];
        var featurizer = TextFeaturizer.Fit(texts, new FeaturizerOptions { HashBits = 12 });
        int next = 0;
        foreach (int flag in new[] { 0, HashingSink.CharFlag })
        {
            for (int bucket = 0; bucket < 1 << 12; bucket++)
            {
                int col = featurizer.ColumnOf(bucket | flag);
                if (col < 0) continue;
                Assert.Equal(next++, col);
                if (flag == 0) Assert.True(col < featurizer.WordColumnCount);
            }
            if (flag == 0) Assert.Equal(featurizer.WordColumnCount, next);
        }
        Assert.Equal(featurizer.ColumnCount, next);
    }

    [Fact]
    public void SavedAndLoaded_GivesTheSameColumns()
    {
        var featurizer = TextFeaturizer.Fit(["good morning", "good night", "night owl"], new FeaturizerOptions { HashBits = 10 });
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) featurizer.Write(writer);
        stream.Position = 0;
        var loaded = TextFeaturizer.Read(new BinaryReader(stream));
        foreach (int flag in new[] { 0, HashingSink.CharFlag })
            for (int bucket = 0; bucket < 1 << 10; bucket++)
                Assert.Equal(featurizer.ColumnOf(bucket | flag), loaded.ColumnOf(bucket | flag));
    }

    [Fact]
    public void FileWithColumnsOutOfBucketOrder_IsReadWithThePlainMaps()
    {
        // Hand-written file: 2^10 buckets, word columns 0 and 1 at buckets 5 and 3 (not in bucket order), char column 2 at bucket 7.
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(10); w.Write(2); w.Write(3); w.Write(5); w.Write(1); w.Write(0.5f);
            w.Write(2); w.Write(3);
            w.Write(5); w.Write(3); w.Write(7);
            w.Write(1f); w.Write(2f); w.Write(3f);
            w.Write(false);
        }
        stream.Position = 0;
        var featurizer = TextFeaturizer.Read(new BinaryReader(stream));
        Assert.Equal(0, featurizer.ColumnOf(5));
        Assert.Equal(1, featurizer.ColumnOf(3));
        Assert.Equal(2, featurizer.ColumnOf(7 | HashingSink.CharFlag));
        Assert.Equal(-1, featurizer.ColumnOf(7));
        Assert.Equal(-1, featurizer.ColumnOf(4));
        Assert.Equal(-1, featurizer.ColumnOf(5 | HashingSink.CharFlag));
    }
}
