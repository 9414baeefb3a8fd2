using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>Reusing the last message's hashed ids across featurizers must never change a vector.</summary>
public sealed class FeatureSharingTests
{
    private static readonly string[] Corpus = ["where is my order", "cancel my order please", "the parcel is not here", "refund policy"];

    [Fact]
    public void SecondFeaturizer_OnSameString_MatchesFreshComputation()
    {
        var intent = TextFeaturizer.Fit(Corpus, new FeaturizerOptions { CharWeight = 0.5f });
        var sentiment = TextFeaturizer.Fit(Corpus, new FeaturizerOptions { CharWeight = 0.2f });
        var unigrams = TextFeaturizer.Fit(Corpus, new FeaturizerOptions { MaxWordNgram = 1, MinCharNgram = 0 });
        string text = "where is my parcel, it is not here";

        var freshSentiment = sentiment.Transform(new string(text.AsSpan()));
        var freshUnigrams = unigrams.Transform(new string(text.AsSpan()));
        intent.Transform(text);
        var shared = sentiment.Transform(text);
        intent.Transform(text);
        var other = unigrams.Transform(text);

        Assert.Equal(freshSentiment.Indices, shared.Indices);
        Assert.Equal(freshSentiment.Values, shared.Values);
        Assert.Equal(freshUnigrams.Indices, other.Indices);
        Assert.Equal(freshUnigrams.Values, other.Values);
        Assert.NotEqual(shared.Indices.Length, other.Indices.Length);
    }

    [Fact]
    public void Transform_GivesSortedDistinctColumnsWithUnitNorm()
    {
        var featurizer = TextFeaturizer.Fit(Corpus);
        var v = featurizer.Transform("order order where is my order refund");
        Assert.True(v.Indices.Zip(v.Indices.Skip(1)).All(p => p.First < p.Second), "columns must be strictly increasing");
        Assert.Equal(1.0, Math.Sqrt(v.Values.Sum(x => (double)x * x)), 5);
    }
}
