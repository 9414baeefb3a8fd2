using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class InteractionMatrixTests
{
    [Fact]
    public void Build_StoresCsrAndCscOfTheSameCells()
    {
        var m = InteractionMatrix.Build([new("u1", "b", 2), new("u2", "a", 3), new("u1", "a", 1)]);

        Assert.Equal(2, m.UserCount);
        Assert.Equal(2, m.ItemCount);
        Assert.Equal(3, m.NonZeroCount);
        var u1 = m.Users.IndexOf("u1");
        var a = m.Items.IndexOf("a");
        var b = m.Items.IndexOf("b");
        Assert.Equal([b, a], m.RowItems(u1).ToArray()); // ascending index: "b" came first
        Assert.Equal([2.0, 1.0], m.RowValues(u1).ToArray());
        Assert.Equal([u1, m.Users.IndexOf("u2")], m.ColumnUsers(a).ToArray());
        Assert.Equal([1.0, 3.0], m.ColumnValuesOf(a).ToArray());
        Assert.Equal(3.0, m.Get(m.Users.IndexOf("u2"), a));
        Assert.Null(m.Get(m.Users.IndexOf("u2"), b));
        Assert.False(m.HasTimestamps);
    }

    [Fact]
    public void Build_SumsOrReplacesDuplicates()
    {
        Interaction[] data = [new("u", "a", 1, 5), new("u", "a", 4, 9), new("u", "a", 2, 7)];

        Assert.Equal(7.0, InteractionMatrix.Build(data, DuplicateHandling.Sum).Get(0, 0));
        Assert.Equal(4.0, InteractionMatrix.Build(data, DuplicateHandling.Last).Get(0, 0));
        Assert.Equal(9, InteractionMatrix.Build(data).RowTimestamps(0)[0]);
    }

    [Fact]
    public void Build_KnownItemsKeepCatalogueOrderAndEmptyColumns()
    {
        var m = InteractionMatrix.Build([new("u", "z", 1)], knownItems: ["x", "y", "z"]);

        Assert.Equal(3, m.ItemCount);
        Assert.Equal(2, m.Items.IndexOf("z"));
        Assert.Equal(0, m.ColumnUsers(0).Length);
    }

    [Fact]
    public void Build_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => InteractionMatrix.Build([new("", "a", 1)]));
        Assert.Throws<ArgumentException>(() => InteractionMatrix.Build([new("u", "a", double.NaN)]));
    }
}
