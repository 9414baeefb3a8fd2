using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Entities;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Tests.Entities;

public class ShopEntityTests
{
    private static readonly DateTime Ref = new(2024, 5, 15, 10, 0, 0);

    private sealed class TestCatalog : ICatalogTerms
    {
        public IReadOnlyList<(string Id, string Name)> Products { get; } =
        [
            ("p-1", "Blue Hoodie"), ("p-2", "Espresso Machine"), ("p-3", "Acme Wireless Headphones"), ("p-4", "Ceramic Mug"),
        ];

        public IReadOnlyList<string> Brands { get; } = ["Acme"];
    }

    internal static string DialogsEntities()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "dialogs", "entities");
    }

    private static EntityRecognizerSet Set() =>
        EntityRecognizerSet.CreateDefault(new EntityOptions { ListEntitiesDirectory = DialogsEntities() }, new TestCatalog());

    private static EntityMatch Single(IReadOnlyList<EntityMatch> found, string type) => Assert.Single(found, e => e.TypeName == type);

    [Fact]
    public void OrderNumber_SixDigits_AndCuedLongerDigits()
    {
        var r = new OrderNumberRecognizer(new EntityOptions());
        Assert.Equal("100234", Assert.Single(r.Recognize("cancel order 100234 please", "en-us", Ref)).Resolution["value"]);
        Assert.Equal("12345678", Assert.Single(r.Recognize("where is my order #12345678", "en-us", Ref)).Resolution["value"]);
        Assert.Empty(r.Recognize("I have 12345678 reasons", "en-us", Ref));
    }

    [Fact]
    public void OrderNumber_FromConfiguredPattern()
    {
        var r = new OrderNumberRecognizer(new EntityOptions { OrderNumberPattern = @"SO-\d{4}" });
        var m = Assert.Single(r.Recognize("status of SO-4411 and 100234?", "en-us", Ref));
        Assert.Equal("SO-4411", m.Text);
        Assert.Throws<ArgumentException>(() => new OrderNumberRecognizer(new EntityOptions { OrderNumberPattern = "(" }));
    }

    [Fact]
    public void Sku_DefaultPattern()
    {
        var m = Assert.Single(new SkuRecognizer(new EntityOptions()).Recognize("is MUG-1042 in stock?", "en-us", Ref));
        Assert.Equal((3, 10), (m.Start, m.End));
    }

    [Theory]
    [InlineData("I want 3 mugs", "3", "mugs")]
    [InlineData("two of them please", "2", null)]
    [InlineData("a pair of socks", "2", "socks")]
    [InlineData("just 1 lamp", "1", "lamp")]
    [InlineData("one hoodie please", "1", "hoodie")]
    [InlineData("2 blue boxes", "2", "boxes")]
    public void Quantity(string text, string value, string? unit)
    {
        var q = Single(new QuantityRecognizer().Recognize(text, "en-us", Ref), QuantityRecognizer.TypeName);
        Assert.Equal(value, q.Resolution["value"]);
        Assert.Equal(unit, q.Resolution.GetValueOrDefault("unit"));
    }

    [Theory]
    [InlineData("order 55021 hasn't arrived")]
    [InlineData("ref KX-2231 never came")]
    [InlineData("Order #D-55021 is late")]
    [InlineData("i ordered 3 yesterday")]
    [InlineData("i need 2 asap")]
    [InlineData("give it 2 always")]
    [InlineData("the 3 don't work")]
    public void Quantity_NeedsACountNoun_AndIsNeverPartOfAReference(string text) =>
        Assert.Empty(new QuantityRecognizer().Recognize(text, "en-us", Ref));

    [Fact]
    public void LuParser_ReadsSynonyms_AndRejectsGarbage()
    {
        var lists = LuListParser.Parse("@ list colour =\n    - blue: navy, azure\n    - red :\n        - crimson\n");
        var colour = Assert.Single(lists);
        Assert.Equal(["navy", "azure"], colour.Values["blue"]);
        Assert.Equal(["crimson"], colour.Values["red"]);
        Assert.Throws<ArgumentException>(() => LuListParser.Parse("- orphan value"));
    }

    [Theory]
    [InlineData("do you have it in navy", "colour", "blue")]
    [InlineData("something in crimsn", "colour", "red")]
    [InlineData("the hoodie in size M", "size", "m")]
    [InlineData("a nice expresso maker", "product_type", "espresso machine")]
    public void ListEntities_WithSynonymsAndTypos(string text, string type, string value)
    {
        var lists = LuListParser.LoadDirectory(DialogsEntities());
        var found = new ListEntityRecognizer(lists).Recognize(text, "en-us", Ref);
        Assert.Contains(found, e => e.TypeName == type && (string?)e.Resolution["value"] == value);
    }

    [Theory]
    [InlineData("i was double charged")]
    [InlineData("it happens every single time")]
    [InlineData("they're a size too small")]
    [InlineData("it was a large amount of money")]
    [InlineData("the king of bad service")]
    public void ListEntities_EverydaySizeWordsNeedACue(string text)
    {
        var lists = LuListParser.LoadDirectory(DialogsEntities());
        Assert.DoesNotContain(new ListEntityRecognizer(lists).Recognize(text, "en-us", Ref), e => e.TypeName == "size");
    }

    [Theory]
    [InlineData("do you have it in small", "s")]
    [InlineData("small please", "s")]
    [InlineData("a small hoodie for my son", "s")]
    [InlineData("i'd like a large", "l")]
    [InlineData("is there a king size version", "king")]
    [InlineData("the medium one please", "m")]
    public void ListEntities_EverydaySizeWordsWithACue(string text, string size)
    {
        var lists = LuListParser.LoadDirectory(DialogsEntities());
        Assert.Contains(new ListEntityRecognizer(lists).Recognize(text, "en-us", Ref), e => e.TypeName == "size" && (string?)e.Resolution["value"] == size);
    }

    [Theory]
    [InlineData("my refund was issued ten working days ago")]
    [InlineData("the fifth time i ask")]
    public void ListEntities_NumberWordsAreNotTypos(string text)
    {
        var lists = LuListParser.LoadDirectory(DialogsEntities());
        Assert.Empty(new ListEntityRecognizer(lists).Recognize(text, "en-us", Ref));
    }

    [Fact]
    public void ListEntities_ShortSizeNeedsCapitalsOrCue()
    {
        var lists = LuListParser.LoadDirectory(DialogsEntities());
        Assert.DoesNotContain(new ListEntityRecognizer(lists).Recognize("I'm fine, I said so", "en-us", Ref), e => e.TypeName == "size");
    }

    [Theory]
    [InlineData("the blu hoody please", "p-1")]
    [InlineData("is the expresso machine back?", "p-2")]
    [InlineData("acme wireless headphnes", "p-3")]
    [InlineData("wireless headphones", "p-3")]
    [InlineData("ceramic cup", "p-4")]
    public void Products_WithMisspellingsAndSynonyms(string text, string id)
    {
        var p = Single(Set().Recognize(text, "en-us", Ref), "product");
        Assert.Equal(id, p.Resolution["value"]);
    }

    [Fact]
    public void Set_LongestMatchWins_AndKeepsTypedValues()
    {
        var found = Set().Recognize("cancel order 100234 and send 3 mugs under $20 by tomorrow", "en-us", Ref);
        Assert.Equal("100234", Single(found, "order_id").Resolution["value"]);
        Assert.Equal("3", Single(found, "quantity").Resolution["value"]);
        Assert.Equal("20", Single(found, "currency").Resolution["value"]);
        var date = Single(found, "datetimeV2.date");
        var values = Assert.IsType<List<Dictionary<string, object?>>>(date.Resolution["values"]);
        Assert.Equal("2024-05-16", values[0]["value"]);
        Assert.DoesNotContain(found, e => e.TypeName == "number");
    }

    [Theory]
    [InlineData("3 mugs under $20 delivered last tuesday", "3 mugs", "$20", "20", "Dollar")]
    [InlineData("2 hoodies for €35 shipped tomorrow", "2 hoodies", "€35", "35", "Euro")]
    [InlineData("3 mugs under usd 20 delivered today", "3 mugs", "usd 20", "20", "United States dollar")]
    public void Set_AmountBeforeANoun_IsCurrencyNotQuantity(string text, string quantity, string money, string value, string unit)
    {
        var found = Set().Recognize(text, "en-us", Ref);
        Assert.Equal(quantity, Single(found, "quantity").Text);
        var c = Single(found, "currency");
        Assert.Equal((money, value, unit), (c.Text, c.Resolution["value"], c.Resolution["unit"]));
        Assert.Contains(found, e => e.TypeName.StartsWith("datetimeV2.", StringComparison.Ordinal));
    }

    [Fact]
    public void Set_AdjectivesBetweenNumberAndNoun_StayListEntities()
    {
        var found = Set().Recognize("cancel order 100234, I want 3 blu jumpers in size M", "en-us", Ref);
        Assert.Equal("100234", Single(found, "order_id").Resolution["value"]);
        var q = Single(found, "quantity");
        Assert.Equal(("3", "jumpers"), (q.Text, q.Resolution["unit"]));
        Assert.Equal("blue", Single(found, "colour").Resolution["value"]);
        Assert.Equal("sweater", Single(found, "product_type").Resolution["value"]);
        Assert.Equal("m", Single(found, "size").Resolution["value"]);
    }

    [Fact]
    public void DistanceIsDamerauLevenshtein()
    {
        Assert.Equal(1, TextDistance.DamerauLevenshtein("hoodie", "hodoie", 2));
        Assert.Equal(2, TextDistance.DamerauLevenshtein("kitten", "sitting", 5) - 1);
        Assert.Equal(3, TextDistance.DamerauLevenshtein("abc", "xyz", 2));
    }
}
