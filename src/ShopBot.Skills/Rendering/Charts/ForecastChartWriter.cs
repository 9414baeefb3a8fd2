using System.Globalization;
using System.Text;

namespace ShopBot.Skills.Rendering.Charts;

/// <summary>
/// Writes a standalone, deterministic SVG line chart of a forecast: the history line, the forecast line (starting at
/// the last observed point so the two join), an optional shaded interval band, y axis with nice ticks, x axis with
/// date labels, title and legend. No dependencies; all text is XML-escaped.
/// </summary>
public sealed class ForecastChartWriter
{
    private readonly SvgChartOptions _options;

    /// <summary>Creates the writer with <paramref name="options"/> (defaults when null).</summary>
    public ForecastChartWriter(SvgChartOptions? options = null)
    {
        _options = options ?? new SvgChartOptions();
        _options.Validate();
    }

    /// <summary>Renders <paramref name="data"/> as an SVG document.</summary>
    public string Write(ForecastChartData data)
    {
        Validate(data);
        var o = _options;
        var dates = data.HistoryDates.Concat(data.ForecastDates).ToList();
        var values = data.History.Concat(data.Forecast).Concat(data.Lower ?? []).Concat(data.Upper ?? []).ToList();
        var ticks = NiceScale.Ticks(values.Min(), values.Max());
        double x0 = dates[0].DayNumber, x1 = dates[^1].DayNumber;
        if (x1 == x0) x1 = x0 + 1;
        double plotLeft = o.MarginLeft, plotRight = o.Width - o.MarginRight, plotTop = o.MarginTop, plotBottom = o.Height - o.MarginBottom;
        double X(DateOnly d) => plotLeft + (d.DayNumber - x0) / (x1 - x0) * (plotRight - plotLeft);
        double Y(double v) => plotBottom - (v - ticks[0]) / (ticks[^1] - ticks[0]) * (plotBottom - plotTop);

        var sb = new StringBuilder();
        SvgWriter.Open(sb, o, data.Title);
        SvgWriter.YAxis(sb, o, ticks, Y);
        var spanDays = x1 - x0;
        var format = spanDays > 400 ? "yyyy-MM" : "yyyy-MM-dd";
        var labelEvery = Math.Max(1, (int)Math.Ceiling(dates.Count / 6.0));
        for (var i = 0; i < dates.Count; i += labelEvery)
            SvgWriter.XTick(sb, o, X(dates[i]), dates[i].ToString(format, CultureInfo.InvariantCulture));

        var legend = new List<(string, string, bool)> { ("History", o.PrimaryColor, false), ("Forecast", o.SecondaryColor, false) };
        if (data.Lower is not null && data.Upper is not null && data.Forecast.Count > 0)
        {
            var band = data.ForecastDates.Select((d, i) => $"{SvgWriter.N(X(d))},{SvgWriter.N(Y(data.Upper[i]))}")
                .Concat(data.ForecastDates.Select((d, i) => (d, i)).Reverse().Select(p => $"{SvgWriter.N(X(p.d))},{SvgWriter.N(Y(data.Lower[p.i]))}"));
            sb.Append("<polygon fill=\"").Append(o.SecondaryColor).Append("\" fill-opacity=\"0.2\" stroke=\"none\" points=\"")
                .Append(string.Join(" ", band)).Append("\"/>\n");
            legend.Add((data.IntervalLabel, o.SecondaryColor, true));
        }
        SvgWriter.Polyline(sb, data.HistoryDates.Select((d, i) => (X(d), Y(data.History[i]))), o.PrimaryColor);
        if (data.Forecast.Count > 0)
        {
            var forecastPoints = new List<(double, double)> { (X(data.HistoryDates[^1]), Y(data.History[^1])) };
            forecastPoints.AddRange(data.ForecastDates.Select((d, i) => (X(d), Y(data.Forecast[i]))));
            SvgWriter.Polyline(sb, forecastPoints, o.SecondaryColor, "6,4");
        }
        SvgWriter.Legend(sb, o, legend);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static void Validate(ForecastChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.History.Count == 0) throw new ArgumentException("The chart needs at least one observed value.", nameof(data));
        if (data.HistoryDates.Count != data.History.Count) throw new ArgumentException("History dates and values differ in length.", nameof(data));
        if (data.ForecastDates.Count != data.Forecast.Count) throw new ArgumentException("Forecast dates and values differ in length.", nameof(data));
        if ((data.Lower is null) != (data.Upper is null)) throw new ArgumentException("Give both interval bounds or neither.", nameof(data));
        if (data.Lower is not null && (data.Lower.Count != data.Forecast.Count || data.Upper!.Count != data.Forecast.Count))
            throw new ArgumentException("Interval bounds must have one value per forecast step.", nameof(data));
        var all = data.History.Concat(data.Forecast).Concat(data.Lower ?? []).Concat(data.Upper ?? []);
        if (!all.All(double.IsFinite)) throw new ArgumentException("Chart values must be finite.", nameof(data));
        var dates = data.HistoryDates.Concat(data.ForecastDates).ToList();
        for (var i = 1; i < dates.Count; i++)
            if (dates[i] <= dates[i - 1]) throw new ArgumentException("Dates must increase, and the forecast must follow the history.", nameof(data));
    }
}
