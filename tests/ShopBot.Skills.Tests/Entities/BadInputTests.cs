using System.Diagnostics;
using System.Text;
using ShopBot.Skills.Nlu.Entities;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Tests.Entities;

/// <summary>Hostile or odd input never throws and takes time proportional to its length.</summary>
[Collection(TimingCollection.Name)]
public class BadInputTests
{
    private static readonly DateTime Ref = new(2024, 5, 15, 10, 0, 0);

    private static readonly EntityRecognizerSet Set =
        EntityRecognizerSet.CreateDefault(new EntityOptions { ListEntitiesDirectory = ShopEntityTests.DialogsEntities() });

    public static TheoryData<string, string> Inputs()
    {
        var words = string.Join(' ', Enumerable.Repeat("order 100234 costs $25 for three mugs tomorrow at 5pm, call +1 541-754-3010", 140));
        return new TheoryData<string, string>
        {
            { "10 KB of shop talk", words[..10_240] },
            { "digits only", new string('7', 10_000) },
            { "emoji", string.Concat(Enumerable.Repeat("🙂🛒💸 ", 500)) + " 3 mugs 🙂" },
            { "mixed scripts", "заказ 100234 配送 明天 طلب 25$ ordre ３ mugs " + string.Concat(Enumerable.Repeat("ß漢字ｱ", 300)) },
            { "absurd power", "I want 10^400 mugs and 1e999 cups" },
            { "100k-digit number", new string('9', 100_000) },
            { "separators", string.Concat(Enumerable.Repeat("1,", 5000)) + string.Concat(Enumerable.Repeat("- ", 3000)) },
            { "at signs and dots", string.Concat(Enumerable.Repeat("a.@", 4000)) },
            { "empty", "" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void HostileInput_NoException_BoundedTime(string name, string text)
    {
        Set.Recognize("warm-up 3 mugs tomorrow", "en-us", Ref);
        var sw = Stopwatch.StartNew();
        var found = Set.Recognize(text, "en-us", Ref);
        sw.Stop();
        Assert.NotNull(found);
        foreach (var e in found)
        {
            Assert.InRange(e.Start, 0, text.Length - 1);
            Assert.InRange(e.End, e.Start, text.Length - 1);
        }
        // generous: about 20 µs per 12-word message means a 100 KB input is far below this on any machine
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {sw.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Time_GrowsLinearly_WithLength()
    {
        string unit = "please send 3 mugs of blue to 5 Main St tomorrow, I paid $25.50 on order 100234. ";
        string small = string.Concat(Enumerable.Repeat(unit, 20));
        string large = string.Concat(Enumerable.Repeat(unit, 160));
        Set.Recognize(small, "en-us", Ref);
        double Best(string s)
        {
            double best = double.MaxValue;
            for (int i = 0; i < 7; i++)
            {
                var sw = Stopwatch.StartNew();
                Set.Recognize(s, "en-us", Ref);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }
            return best;
        }
        double ts = Best(small), tl = Best(large);
        // 8x the text must take well under 64x (quadratic) the time; allow 30x for noise on a shared machine
        Assert.True(tl < Math.Max(ts, 0.5) * 30, $"small {ts:F2} ms, large {tl:F2} ms");
    }

    [Fact]
    public void NullText_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => Set.Recognize(null!, "en-us", Ref));

    [Fact]
    public void LongText_IsCutAtTheDocumentedBound()
    {
        var text = new StringBuilder().Append(' ', EntityRecognizerSet.MaxTextLength).Append("order 100234").ToString();
        Assert.DoesNotContain(Set.Recognize(text, "en-us", Ref), e => e.TypeName == "order_id");
    }
}
