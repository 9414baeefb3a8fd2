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
