using System.Xml.Linq;
using ShopBot.Skills.Rendering.Charts;

namespace ShopBot.Skills.Tests.Charts;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ForecastChartData Sample(string title = "Espresso machine <script>alert(1)</script> & co")
    {
        var start = new DateOnly(2026, 1, 5);
        var historyDates = Enumerable.Range(0, 10).Select(i => start.AddDays(7 * i)).ToList();
        var forecastDates = Enumerable.Range(10, 4).Select(i => start.AddDays(7 * i)).ToList();
        double[] history = [12, 14, 13, 15, 17, 16, 18, 19, 18, 20];
        double[] forecast = [21, 21.5, 22, 22.5];
        return new ForecastChartData(title, historyDates, history, forecastDates, forecast,
            forecast.Select((f, i) => f - 2 - i).ToList(), forecast.Select((f, i) => f + 2 + i).ToList());
    }

    [Fact]
    public void ForecastChart_IsValidSvgWithExpectedPolylines()
    {
        var svg = new ForecastChartWriter().Write(Sample());
        var doc = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal("0 0 640 360", doc.Root.Attribute("viewBox")!.Value);
        var lines = doc.Descendants(Svg + "polyline").Select(p => p.Attribute("points")!.Value.Split(' ')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(10, lines[0].Length);
        Assert.Equal(5, lines[1].Length); // the forecast line starts at the last observed point
        var band = doc.Descendants(Svg + "polygon").Single().Attribute("points")!.Value.Split(' ');
        Assert.Equal(8, band.Length);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "95% interval");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "2026-01-05");
    }

    [Fact]
    public void ForecastChart_EscapesTitleText()
    {
        var svg = new ForecastChartWriter().Write(Sample());
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("&lt;script&gt;", svg);
        var doc = XDocument.Parse(svg);
        Assert.Empty(doc.Descendants(Svg + "script"));
        Assert.Equal("Espresso machine <script>alert(1)</script> & co", doc.Root!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void ForecastChart_IsDeterministic()
    {
        Assert.Equal(new ForecastChartWriter().Write(Sample()), new ForecastChartWriter().Write(Sample()));
    }

    [Fact]
    public void ForecastChart_RejectsBadData()
    {
        var writer = new ForecastChartWriter();
        var good = Sample();
        Assert.Throws<ArgumentException>(() => writer.Write(good with { History = [] , HistoryDates = [] }));
        Assert.Throws<ArgumentException>(() => writer.Write(good with { Lower = null }));
        Assert.Throws<ArgumentException>(() => writer.Write(good with { ForecastDates = good.HistoryDates.Take(4).ToList() }));
        Assert.Throws<ArgumentException>(() => writer.Write(good with { Forecast = [1, 2, double.NaN, 4] }));
        Assert.Throws<ArgumentException>(() => new ForecastChartWriter(new SvgChartOptions { PrimaryColor = "red\"/><script" }));
    }

    [Fact]
    public void XyChart_DrawsNumericCurveWithMarker()
    {
        var prices = Enumerable.Range(10, 81).Select(p => (double)p).ToList();
        var profit = prices.Select(p => (p - 10) * (100 - p)).ToList();
        var svg = new XyChartWriter().Write(new XyChartData("Profit vs price", "price", "profit <&>",
            [new XyChartSeries("profit", prices, profit)], (55, 2025, "best price 55")));
        var doc = XDocument.Parse(svg);
        Assert.Equal(81, doc.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ').Length);
        Assert.Single(doc.Descendants(Svg + "circle"));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "profit <&>");
        Assert.Throws<ArgumentException>(() => new XyChartWriter().Write(new XyChartData("t", "x", "y", [])));
    }

    [Theory]
    [InlineData(0, 10, new double[] { 0, 2.5, 5, 7.5, 10 })]
    [InlineData(3, 97, new double[] { 0, 25, 50, 75, 100 })]
    [InlineData(0.12, 0.49, new double[] { 0.1, 0.2, 0.3, 0.4, 0.5 })]
    public void NiceScale_ChoosesRoundTicks(double min, double max, double[] expected) =>
        Assert.Equal(expected, NiceScale.Ticks(min, max));

    [Fact]
    public void NiceScale_WidensAFlatRange()
    {
        var ticks = NiceScale.Ticks(5, 5);
        Assert.True(ticks[0] < 5 && ticks[^1] > 5);
    }
}
