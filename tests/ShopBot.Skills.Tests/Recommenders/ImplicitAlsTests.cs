using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class ImplicitAlsTests
{
    /// <summary>Two taste groups: "audio" shoppers touch items a0..a9, "kitchen" shoppers k0..k9; each skips one item at random.</summary>
    private static List<ImplicitEvent> PlantedEvents()
    {
        var random = new Random(11);
        var events = new List<ImplicitEvent>();
        for (var u = 0; u < 30; u++)
        {
            var group = u % 2 == 0 ? "a" : "k";
            var skip = random.Next(10);
            for (var i = 0; i < 10; i++)
                if (i != skip) events.Add(new($"s{u}", $"{group}{i}", (u + i) % 3 == 0 ? InteractionKind.Purchase : InteractionKind.View));
        }
        // The probe shopper is an audio shopper who has not touched a9 yet.
        for (var i = 0; i < 9; i++) events.Add(new("probe", $"a{i}", InteractionKind.View));
        return events;
    }

    [Fact]
    public void Als_RanksThePlantedPreferenceFirst()
    {
        var m = InteractionMatrix.Build(new ImplicitFeedbackOptions().ToInteractions(PlantedEvents()));
        var model = new ImplicitAlsTrainer(new ImplicitAlsOptions { Factors = 4, Iterations = 10, Alpha = 10 }).Fit(m);
        var scores = new double[m.ItemCount];

        model.Score(m.Users.IndexOf("probe"), scores);

        var seen = new bool[m.ItemCount];
        foreach (var i in m.RowItems(m.Users.IndexOf("probe"))) seen[i] = true;
        var best = Enumerable.Range(0, m.ItemCount).Where(i => !seen[i]).MaxBy(i => scores[i]);
        Assert.Equal("a9", m.Items[best]);
        Assert.True(scores[m.Items.IndexOf("a9")] > scores[m.Items.IndexOf("k0")] + 0.3);
    }

    [Fact]
    public void FoldIn_GivesANewShopperTheTastesOfTheirHistory()
    {
        var m = InteractionMatrix.Build(new ImplicitFeedbackOptions().ToInteractions(PlantedEvents()));
        var model = new ImplicitAlsTrainer(new ImplicitAlsOptions { Factors = 4, Iterations = 10, Alpha = 10 }).Fit(m);
        var vector = new double[4];
        var scores = new double[m.ItemCount];

        model.FoldIn([m.Items.IndexOf("k1"), m.Items.IndexOf("k2")], [1.0, 1.0], vector);
        model.ScoreVector(vector, scores);

        Assert.True(scores[m.Items.IndexOf("k5")] > scores[m.Items.IndexOf("a5")]);
    }

    [Fact]
    public void Als_TreatsAZeroStrengthCellAsNoInteraction()
    {
        var events = new ImplicitFeedbackOptions().ToInteractions(PlantedEvents()).ToList();
        var options = new ImplicitAlsOptions { Factors = 3, Iterations = 3 };
        var without = InteractionMatrix.Build(events);
        // Same users and items, plus one stored zero: it must not change the solution.
        var with = InteractionMatrix.Build([.. events, new Interaction("probe", "k3", 0)]);
        var a = new ImplicitAlsTrainer(options).Fit(without);
        var b = new ImplicitAlsTrainer(options).Fit(with);

        Assert.Equal(a.UserFactors(without.Users.IndexOf("probe")).ToArray(), b.UserFactors(with.Users.IndexOf("probe")).ToArray());
    }

    [Fact]
    public void Als_SavesAndLoadsTheSameScoresAndFoldIn()
    {
        var m = InteractionMatrix.Build(new ImplicitFeedbackOptions().ToInteractions(PlantedEvents()));
        var model = new ImplicitAlsTrainer(new ImplicitAlsOptions { Factors = 3, Iterations = 3 }).Fit(m);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = ImplicitAlsModel.Load(stream);

        double[] a = new double[m.ItemCount], b = new double[m.ItemCount], va = new double[3], vb = new double[3];
        model.Score(2, a);
        loaded.Score(2, b);
        Assert.Equal(a, b);
        model.FoldIn([0, 1], [1.0, 2.0], va);
        loaded.FoldIn([0, 1], [1.0, 2.0], vb);
        Assert.Equal(va, vb);
        Assert.Throws<InvalidDataException>(() => ImplicitAlsModel.Load(new MemoryStream([0, 1])));
    }

    [Fact]
    public void MapValues_KeepsCellsAndIds()
    {
        var m = InteractionMatrix.Build([new("u", "i", 5), new("u", "j", 2), new("v", "i", 4)]);

        var mapped = m.MapValues(v => Math.Max(0, v - 3));

        Assert.Equal([2.0, 0.0], mapped.RowValues(0).ToArray());
        Assert.Equal([2.0, 1.0], mapped.ColumnValuesOf(0).ToArray());
        Assert.Same(m.Items, mapped.Items);
    }

    [Fact]
    public void ImplicitFeedback_WeighsEventKinds()
    {
        var options = new ImplicitFeedbackOptions { ViewWeight = 1, CartWeight = 2, PurchaseWeight = 7 };
        var m = InteractionMatrix.Build(options.ToInteractions(
            [new("u", "i", InteractionKind.View), new("u", "i", InteractionKind.Purchase), new("u", "j", InteractionKind.Cart)]));

        Assert.Equal(8.0, m.Get(0, m.Items.IndexOf("i")));
        Assert.Equal(2.0, m.Get(0, m.Items.IndexOf("j")));
    }

    [Fact]
    public void Cholesky_SolvesAHandComputedSystem()
    {
        // A = [[4, 2], [2, 3]], b = [2, 1]: x = A^-1 b = [1/2, 0] (4*0.5 + 2*0 = 2, 2*0.5 + 3*0 = 1).
        double[] a = [4, 2, 2, 3];
        double[] b = [2, 1];

        Assert.True(Cholesky.Decompose(a, 2));
        Cholesky.Solve(a, 2, b);

        Assert.Equal(0.5, b[0], 12);
        Assert.Equal(0.0, b[1], 12);
        Assert.False(Cholesky.Decompose([1, 2, 2, 1], 2));
    }
}
