using System.Globalization;
using System.Text.RegularExpressions;
using static ShopBot.Skills.Nlu.Entities.DateTimes.DateWords;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// "the first 2 weeks of 2021", "the last 3 weeks of this year", "first ten days of last year", "the third month of
/// 2021": a slice at the start or the end of a year (weeks are ISO weeks, Monday to Monday) or a month of it.
/// </summary>
internal static class PeriodSlices
{
    private static readonly Regex CountPattern = new(
        @"(?:\bthe\s+)?\b(first|last)\s+(" + SmallNumber + @")\s+(weeks|days|months)\s+of\s+(?:the\s+)?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex NthMonthPattern = new(
        @"(?:\bthe\s+)?\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)\s+month\s+of\s+(?:the\s+)?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The slice the words before a year candidate ask for, or null when they ask for none.</summary>
    public static DateTimeCandidate? Apply(DateTimeCandidate c, string t)
    {
        if (c.Type != "daterange" || c.Values.Count != 1 || c.Values[0].GetValueOrDefault("timex") is not string tx || tx.Length != 4
            || !char.IsAsciiDigit(tx[0]) || c.Values[0].ContainsKey("Mod")) return null;
        int y = int.Parse(tx, CultureInfo.InvariantCulture);
        if (y is < 2 or > 9998) return null;
        var head = TextWindow.Head(t, c.Start, out int offset);
        var m = CountPattern.Match(head);
        if (m.Success)
        {
            double n = Number(m.Groups[2].Value);
            if (double.IsNaN(n) || n < 1 || n != Math.Floor(n)) return null;
            int k = (int)n;
            bool first = m.Groups[1].Value == "first";
            DateTime from, to;
            string unit;
            switch (m.Groups[3].Value)
            {
                case "weeks":
                    if (k > 53) return null;
                    var week1 = ISOWeek.ToDateTime(y, 1, DayOfWeek.Monday);
                    var nextWeek1 = ISOWeek.ToDateTime(y + 1, 1, DayOfWeek.Monday);
                    (from, to) = first ? (week1, week1.AddDays(7 * k)) : (nextWeek1.AddDays(-7 * k), nextWeek1);
                    unit = k + "W";
                    break;
                case "days":
                    if (k > 366) return null;
                    (from, to) = first ? (new DateTime(y, 1, 1), new DateTime(y, 1, 1).AddDays(k)) : (new DateTime(y + 1, 1, 1).AddDays(-k), new DateTime(y + 1, 1, 1));
                    unit = k + "D";
                    break;
                default:
                    if (k > 12) return null;
                    (from, to) = first ? (new DateTime(y, 1, 1), new DateTime(y, 1, 1).AddMonths(k)) : (new DateTime(y + 1, 1, 1).AddMonths(-k), new DateTime(y + 1, 1, 1));
                    unit = k + "M";
                    break;
            }
            return new DateTimeCandidate(offset + m.Index, c.End, "daterange",
                [Timex.Range($"({Timex.Date(from)},{Timex.Date(to)},P{unit})", "daterange", Timex.Date(from), Timex.Date(to))]);
        }
        m = NthMonthPattern.Match(head);
        if (!m.Success) return null;
        int month = m.Groups[1].Value == "last" ? 12 : DayNumber(m.Groups[1].Value);
        if (month is < 1 or > 12) return null;
        var start = new DateTime(y, month, 1);
        return new DateTimeCandidate(offset + m.Index, c.End, "daterange",
            [Timex.Range($"{y:0000}-{month:00}", "daterange", Timex.Date(start), Timex.Date(start.AddMonths(1)))]);
    }
}
