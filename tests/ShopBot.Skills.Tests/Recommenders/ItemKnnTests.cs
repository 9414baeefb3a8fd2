using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class ItemKnnTests
{
    // Items as columns over three users: A = (1, 2, 0), B = (2, 1, 1), C = (0, 0, 3); 0 = no interaction.
    private static readonly InteractionMatrix Matrix = InteractionMatrix.Build(
    [
        new("u1", "A", 1), new("u2", "A", 2),
        new("u1", "B", 2), new("u2", "B", 1), new("u3", "B", 1),
        new("u3", "C", 3),
    ]);

    [Fact]
    public void Cosine_MatchesHandComputedValues()
    {
        var model = new ItemKnnTrainer(new ItemKnnOptions { Neighbours = 5 }).Fit(Matrix);
        int a = Id("A"), b = Id("B"), c = Id("C");

        // cos(A, B) = (1*2 + 2*1 + 0*1) / (sqrt(1 + 4) * sqrt(4 + 1 + 1)) = 4 / sqrt(30) = 0.730297
        Assert.Equal(4 / Math.Sqrt(30), model.Similarity(a, b), 12);
        // cos(B, C) = 1*3 / (sqrt(6) * 3) = 1 / sqrt(6) = 0.408248
        Assert.Equal(1 / Math.Sqrt(6), model.Similarity(b, c), 12);
        // A and C share no user: no neighbour, similarity 0.
        Assert.Equal(0, model.Similarity(a, c));
    }

    [Fact]
    public void AdjustedCosine_CentresByUserMeanOverCoRatedUsers()
    {
        var model = new ItemKnnTrainer(new ItemKnnOptions { Similarity = SimilarityKind.AdjustedCosine, KeepNegative = true }).Fit(Matrix);

        // User means: u1 = 1.5, u2 = 1.5, u3 = 2. Co-raters of A and B: u1, u2.
        // A centred (-0.5, 0.5), B centred (0.5, -0.5): opposite, so -1.
        Assert.Equal(-1, model.Similarity(Id("A"), Id("B")), 12);
        // B and C: only u3 co-rated: B - 2 = -1, C - 2 = 1, so -1 as well.
        Assert.Equal(-1, model.Similarity(Id("B"), Id("C")), 12);
    }

    [Fact]
    public void Similarities_AreSymmetricAndBetweenMinusOneAndOne()
    {
        var random = new Random(7);
        var data = new List<Interaction>();
        for (var u = 0; u < 40; u++)
            for (var i = 0; i < 25; i++)
                if (random.NextDouble() < 0.3) data.Add(new($"u{u}", $"i{i}", 1 + random.Next(5)));
        var m = InteractionMatrix.Build(data);

        foreach (var kind in Enum.GetValues<SimilarityKind>())
        {
            var model = new ItemKnnTrainer(new ItemKnnOptions { Similarity = kind, Neighbours = 100, KeepNegative = true }).Fit(m);
            for (var i = 0; i < m.ItemCount; i++)
                for (var j = 0; j < m.ItemCount; j++)
                {
                    var s = model.Similarity(i, j);
                    Assert.InRange(s, -1, 1);
                    Assert.Equal(s, model.Similarity(j, i), 12);
                }
        }
    }

    [Fact]
    public void Neighbours_AreSortedAndLimitedToK()
    {
        var model = new ItemKnnTrainer(new ItemKnnOptions { Neighbours = 1 }).Fit(Matrix);

        var neighbours = model.MostSimilar("B", 10);
        Assert.Single(neighbours);
        Assert.Equal("A", neighbours[0].ItemId);
    }

    [Fact]
    public void Score_SumsWeightedSimilaritiesAndNamesTheAnchor()
    {
        var model = new ItemKnnTrainer().Fit(Matrix);
        var scores = new double[Matrix.ItemCount];

        model.Score([Id("A"), Id("C")], [1.0, 2.0], scores);

        // B = 1 * cos(A, B) + 2 * cos(C, B)
        Assert.Equal(4 / Math.Sqrt(30) + 2 / Math.Sqrt(6), scores[Id("B")], 12);
        Assert.Equal(Id("C"), model.BestAnchor([Id("A"), Id("C")], [1.0, 2.0], Id("B")));
    }

    private static int Id(string item) => Matrix.Items.IndexOf(item);
}
