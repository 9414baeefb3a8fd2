using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Entities.DateTimes;

namespace ShopBot.Skills.Tests.Entities;

/// <summary>Shop phrases resolved against Wednesday 15 May 2024 10:00; expected values worked out by hand.</summary>
public class DateTimeRecognizerTests
{
    private static readonly DateTime Ref = new(2024, 5, 15, 10, 0, 0);

    private static (EntityMatch Match, List<Dictionary<string, object?>> Values) One(string text)
    {
        var m = Assert.Single(new DateTimeRecognizer().Recognize(text, "en-us", Ref));
        return (m, Assert.IsType<List<Dictionary<string, object?>>>(m.Resolution["values"]));
    }

    [Theory]
    [InlineData("it was delivered last Tuesday", "last tuesday", "datetimeV2.date", "2024-05-07")]
    [InlineData("it should arrive in 3 days", "in 3 days", "datetimeV2.date", "2024-05-18")]
    [InlineData("tomorrow please", "tomorrow", "datetimeV2.date", "2024-05-16")]
    [InlineData("send it tomorrow at 5pm", "tomorrow at 5pm", "datetimeV2.datetime", "2024-05-16 17:00:00")]
    public void Points(string text, string span, string type, string value)
    {
        var (m, values) = One(text);
        Assert.Equal((span, type), (m.Text, m.TypeName));
        Assert.Equal(value, values[0]["value"]);
    }

    [Theory]
    [InlineData("born on 13 Sept nineteen seventy two", "13 sept nineteen seventy two", "datetimeV2.date", "1972-09-13")]
    [InlineData("we come back on the 15th day of next month", "the 15th day of next month", "datetimeV2.date", "2024-06-15")]
    [InlineData("it arrives in a fortnight", "in a fortnight", "datetimeV2.date", "2024-05-29")]
    [InlineData("the parcel took one hour and a half", "one hour and a half", "datetimeV2.duration", "5400")]
    [InlineData("collect it at ten past six in the evening", "ten past six in the evening", "datetimeV2.time", "18:10:00")]
    [InlineData("refund it by the end of tomorrow", "end of tomorrow", "datetimeV2.datetime", "2024-05-16 23:59:59")]
    public void SpelledAndCountedPoints(string text, string span, string type, string value)
    {
        var (m, values) = One(text);
        Assert.Equal((span, type), (m.Text, m.TypeName));
        Assert.Equal(value, values[0]["value"]);
    }

    [Theory]
    [InlineData("we opened in two thousand and fifteen", "two thousand and fifteen", "2015-01-01", "2016-01-01")]
    [InlineData("shops of the 21st century", "the 21st century", "2000-01-01", "2100-01-01")]
    [InlineData("music of the 1990s", "1990s", "1990-01-01", "2000-01-01")]
    [InlineData("it ships in the next 3 business days", "next 3 business days", "2024-05-16", "2024-05-21")]
    [InlineData("sales year to date", "year to date", "2024-01-01", "2024-05-15")]
    [InlineData("closed for the first 2 weeks of 2024", "the first 2 weeks of 2024", "2024-01-01", "2024-01-15")]
    [InlineData("orders from March to date", "from march to date", "2024-03-01", "2024-05-15")]
    public void SpelledAndCountedRanges(string text, string span, string start, string end)
    {
        var (m, values) = One(text);
        Assert.Equal((span, "datetimeV2.daterange"), (m.Text, m.TypeName));
        Assert.Equal((start, end), ((string?)values[0]["start"], (string?)values[0]["end"]));
    }

    [Fact]
    public void BeforeTheEndOfAMonth_IsOpenAtTheEndOfThatMonth()
    {
        var (m, values) = One("return it before the end of this month");
        Assert.Equal("before the end of this month", m.Text);
        Assert.Equal(("before-end", "2024-06-01"), ((string?)values[0]["Mod"], (string?)values[0]["end"]));
    }

    [Fact]
    public void NextWeek_IsTheIsoWeekAfterThisOne()
    {
        var (m, values) = One("can it come next week?");
        Assert.Equal("datetimeV2.daterange", m.TypeName);
        Assert.Equal(("2024-W21", "2024-05-20", "2024-05-27"), ((string?)values[0]["timex"], (string?)values[0]["start"], (string?)values[0]["end"]));
    }

    [Fact]
    public void DayOfMonthWithoutYear_HasAPastAndAFutureReading()
    {
        var (m, values) = One("I ordered it on the 5th of May");
        Assert.Equal("the 5th of may", m.Text.ToLowerInvariant());
        Assert.Equal(["2024-05-05", "2025-05-05"], values.Select(v => (string?)v["value"]));
        Assert.All(values, v => Assert.Equal("XXXX-05-05", v["timex"]));
    }

    [Fact]
    public void BetweenMondayAndFriday_IsADateRange()
    {
        var (m, values) = One("deliver between Monday and Friday");
        Assert.Equal("between monday and friday", m.Text.ToLowerInvariant());
        Assert.Equal("datetimeV2.daterange", m.TypeName);
        Assert.Equal(("2024-05-13", "2024-05-17"), ((string?)values[0]["start"], (string?)values[0]["end"]));
    }

    [Theory]
    [InlineData("every Monday", "datetimeV2.set", "XXXX-WXX-1", "not resolved")]
    [InlineData("it took 3 hours", "datetimeV2.duration", "PT3H", "10800")]
    [InlineData("weekly", "datetimeV2.set", "P1W", "not resolved")]
    public void SetsAndDurations(string text, string type, string timex, string value)
    {
        var (m, values) = One(text);
        Assert.Equal(type, m.TypeName);
        Assert.Equal((timex, value), ((string?)values[0]["timex"], (string?)values[0]["value"]));
    }

    [Theory]
    [InlineData("may I ask a question")]
    [InlineData("good night")]
    [InlineData("sizes 3-8 are in stock")]
    public void NotDates(string text) => Assert.Empty(new DateTimeRecognizer().Recognize(text, "en-us", Ref));
}
