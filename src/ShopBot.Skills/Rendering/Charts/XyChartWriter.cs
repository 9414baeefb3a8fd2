using System.Globalization;
using System.Text;

namespace ShopBot.Skills.Rendering.Charts;

/// <summary>
/// Writes a standalone, deterministic SVG line chart with numeric x and y axes (nice ticks on both), axis labels,
/// legend and an optional marked point: for curves such as profit against price.
/// </summary>
public sealed class XyChartWriter
{
    private static readonly string[] ExtraColors = ["#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
    private readonly SvgChartOptions _options;

    /// <summary>Creates the writer with <paramref name="options"/> (defaults when null).</summary>
    public XyChartWriter(SvgChartOptions? options = null)
    {
        _options = options ?? new SvgChartOptions();
        _options.Validate();
    }

    /// <summary>Renders <paramref name="data"/> as an SVG document.</summary>
    public string Write(XyChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Series.Count == 0) throw new ArgumentException("The chart needs at least one series.", nameof(data));
        foreach (var s in data.Series)
        {
            if (s.X.Count == 0 || s.X.Count != s.Y.Count) throw new ArgumentException($"Series '{s.Name}' needs equal, non-zero numbers of x and y values.", nameof(data));
            if (!s.X.Concat(s.Y).All(double.IsFinite)) throw new ArgumentException($"Series '{s.Name}' has non-finite values.", nameof(data));
        }
        var o = _options;
        var xs = data.Series.SelectMany(s => s.X).ToList();
        var ys = data.Series.SelectMany(s => s.Y).ToList();
        if (data.Marker is { } mk) { xs.Add(mk.X); ys.Add(mk.Y); }
        var xTicks = NiceScale.Ticks(xs.Min(), xs.Max(), 6);
        var yTicks = NiceScale.Ticks(ys.Min(), ys.Max());
        double plotLeft = o.MarginLeft, plotRight = o.Width - o.MarginRight, plotTop = o.MarginTop, plotBottom = o.Height - o.MarginBottom;
        double X(double v) => plotLeft + (v - xTicks[0]) / (xTicks[^1] - xTicks[0]) * (plotRight - plotLeft);
        double Y(double v) => plotBottom - (v - yTicks[0]) / (yTicks[^1] - yTicks[0]) * (plotBottom - plotTop);

        var sb = new StringBuilder();
        SvgWriter.Open(sb, o, data.Title);
        SvgWriter.YAxis(sb, o, yTicks, Y);
        foreach (var t in xTicks) SvgWriter.XTick(sb, o, X(t), SvgWriter.Label(t));
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{SvgWriter.N((plotLeft + plotRight) / 2)}\" y=\"{o.Height - 6}\" text-anchor=\"middle\">{SvgWriter.Escape(data.XLabel)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{SvgWriter.N((plotTop + plotBottom) / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {SvgWriter.N((plotTop + plotBottom) / 2)})\">{SvgWriter.Escape(data.YLabel)}</text>\n");
        var legend = new List<(string, string, bool)>();
        for (var i = 0; i < data.Series.Count; i++)
        {
            var color = i switch { 0 => o.PrimaryColor, 1 => o.SecondaryColor, _ => ExtraColors[(i - 2) % ExtraColors.Length] };
            var s = data.Series[i];
            SvgWriter.Polyline(sb, s.X.Select((x, k) => (X(x), Y(s.Y[k]))), color);
            legend.Add((s.Name, color, false));
        }
        if (data.Marker is { } m)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{SvgWriter.N(X(m.X))}\" cy=\"{SvgWriter.N(Y(m.Y))}\" r=\"4\" fill=\"#000000\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{SvgWriter.N(X(m.X) + 6)}\" y=\"{SvgWriter.N(Y(m.Y) - 6)}\">{SvgWriter.Escape(m.Label)}</text>\n");
        }
        SvgWriter.Legend(sb, o, legend);
        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
