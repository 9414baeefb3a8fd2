using System.Globalization;
using System.Text;

namespace ShopBot.Skills.Rendering.Charts;

/// <summary>Small helpers shared by the chart writers: XML escaping, invariant number formatting, frame and axes.</summary>
internal static class SvgWriter
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    // Characters not allowed in XML 1.0 are dropped.
                    if (ch >= 0x20 || ch is '\t' or '\n' or '\r') sb.Append(ch);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Label(double v)
    {
        var a = Math.Abs(v);
        if (a >= 1e6) return (v / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M";
        if (a >= 1e4) return (v / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "k";
        return v.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static void Open(StringBuilder sb, SvgChartOptions o, string title)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{o.Width}\" height=\"{o.Height}\" viewBox=\"0 0 {o.Width} {o.Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.Append("<title>").Append(Escape(title)).Append("</title>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{o.Width}\" height=\"{o.Height}\" fill=\"#ffffff\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(o.Width / 2.0)}\" y=\"20\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>\n");
    }

    public static void YAxis(StringBuilder sb, SvgChartOptions o, double[] ticks, Func<double, double> toY)
    {
        var left = o.MarginLeft;
        var right = o.Width - o.MarginRight;
        foreach (var t in ticks)
        {
            var y = N(toY(t));
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{y}\" x2=\"{right}\" y2=\"{y}\" stroke=\"#e5e5e5\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Escape(Label(t))}</text>\n");
        }
        var bottom = o.Height - o.MarginBottom;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{o.MarginTop}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#333333\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#333333\"/>\n");
    }

    public static void XTick(StringBuilder sb, SvgChartOptions o, double x, string label)
    {
        var bottom = o.Height - o.MarginBottom;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{bottom}\" x2=\"{N(x)}\" y2=\"{bottom + 5}\" stroke=\"#333333\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{bottom + 18}\" text-anchor=\"middle\">{Escape(label)}</text>\n");
    }

    public static void Polyline(StringBuilder sb, IEnumerable<(double X, double Y)> points, string color, string? dash = null)
    {
        sb.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"2\"");
        if (dash is not null) sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        sb.Append(" points=\"").Append(string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y)))).Append("\"/>\n");
    }

    public static void Legend(StringBuilder sb, SvgChartOptions o, IReadOnlyList<(string Label, string Color, bool Band)> items)
    {
        var x = (double)o.MarginLeft + 10;
        var y = o.MarginTop + 10.0;
        foreach (var (label, color, band) in items)
        {
            if (band) sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y - 5)}\" width=\"18\" height=\"10\" fill=\"{color}\" fill-opacity=\"0.25\"/>\n");
            else sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(y)}\" x2=\"{N(x + 18)}\" y2=\"{N(y)}\" stroke=\"{color}\" stroke-width=\"2\"/>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 24)}\" y=\"{N(y)}\" dominant-baseline=\"middle\">{Escape(label)}</text>\n");
            y += 16;
        }
    }
}
