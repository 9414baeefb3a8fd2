using System.Globalization;
using System.Text.RegularExpressions;
using static ShopBot.Skills.Nlu.Entities.DateTimes.DateWords;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// Rules for longer periods and period arithmetic: centuries ("the 21st century"), decades ("1990s", "the 90s",
/// "the next two decades"), business days ("the next 4 business days"), "to date" ("year to date", "from March to
/// date"), fractional durations ("one hour and a half") and the nth day of a month ("the 15th day of next month").
/// </summary>
internal static class PeriodRules
{
    /// <summary>"21st century", "fifteenth century": the hundred years 2000-2100, 1400-1500.</summary>
    public static DateTimeCandidate? Century(Match m, DateTime r, string t)
    {
        int n = DayNumber(m.Groups[1].Value);
        if (n is < 2 or > 30) return null;
        var start = new DateTime((n - 1) * 100, 1, 1);
        var end = start.AddYears(100);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange",
            [Timex.Range($"({Timex.Date(start)},{Timex.Date(end)},P100Y)", "daterange", Timex.Date(start), Timex.Date(end))]);
    }

    /// <summary>"1990s" (1990-2000); "the 90s", "in 90 s" (the nineties of the 1900s and of the 2000s).</summary>
    public static DateTimeCandidate? Decade(Match m, DateTime r, string t)
    {
        int decade = m.Groups[2].Value[0] - '0';
        int s = m.Index, e = m.Index + m.Length;
        if (m.Groups[1].Success && m.Groups[1].Length > 0)
        {
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 100 + decade * 10;
            return new DateTimeCandidate(s, e, "daterange", [DecadeRange($"({y:0000}-01-01,{y + 10:0000}-01-01,P10Y)", y)]);
        }
        if (!DateTimeRecognizer.PrecededBy(t, s, "in", "the", "during", "of", "from", "to", "since", "early", "late", "mid", "and") && !(s > 0 && t[s - 1] == '\'')) return null;
        string timex = $"(XX{decade}0-01-01,XX{(decade + 1) % 10}0-01-01,P10Y)";
        return new DateTimeCandidate(s, e, "daterange", [DecadeRange(timex, 1900 + decade * 10), DecadeRange(timex, 2000 + decade * 10)]);
    }

    private static Dictionary<string, object?> DecadeRange(string timex, int y) =>
        Timex.Range(timex, "daterange", $"{y:0000}-01-01", $"{y + 10:0000}-01-01");

    /// <summary>"the next two decades", "the last decade": whole decades after or before the current one.</summary>
    public static DateTimeCandidate? Decades(Match m, DateTime r, string t)
    {
        double n = m.Groups[2].Success && m.Groups[2].Length > 0 ? Number(m.Groups[2].Value) : 1;
        if (double.IsNaN(n) || n < 1 || n > 100 || n != Math.Floor(n)) return null;
        int d0 = r.Year / 10 * 10, k = (int)n;
        int from = m.Groups[1].Value is "next" or "coming" or "following" ? d0 + 10 : d0 - 10 * k;
        int to = from + 10 * k;
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange",
            [Timex.Range($"({from:0000}-01-01,{to:0000}-01-01,P{10 * k}Y)", "daterange", $"{from:0000}-01-01", $"{to:0000}-01-01")]);
    }

    /// <summary>"the next 4 business days": the working days (Monday to Friday) after or before the reference day.</summary>
    public static DateTimeCandidate? BusinessDays(Match m, DateTime r, string t)
    {
        double n = Number(m.Groups[2].Value);
        if (double.IsNaN(n) || n < 1 || n > 366 || n != Math.Floor(n)) return null;
        bool forward = m.Groups[1].Value is "next" or "coming" or "following" or "upcoming";
        var days = new List<DateTime>();
        var d = r.Date;
        while (days.Count < n)
        {
            d = d.AddDays(forward ? 1 : -1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        }
        days.Sort();
        var start = days[0];
        var end = forward ? days[^1].AddDays(1) : r.Date;
        var v = Timex.Range($"({Timex.Date(start)},{Timex.Date(end)},P{(int)n}BD)", "daterange", Timex.Date(start), Timex.Date(end));
        v["list"] = string.Join(",", days.Select(Timex.Date));
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [v]);
    }

    /// <summary>"to date", "till date": everything up to the reference day.</summary>
    public static DateTimeCandidate? ToDate(Match m, DateTime r, string t)
    {
        if (DateTimeRecognizer.PrecededBy(t, m.Index, "up", "equals", "equal", "equaled")) return null;
        int e = m.Index + m.Length;
        var rest = TextWindow.Tail(t, e).TrimStart();
        if (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest.StartsWith("from", StringComparison.Ordinal))) return null;
        return new DateTimeCandidate(m.Index, e, "daterange",
            [new() { ["timex"] = "PRESENT_REF", ["type"] = "daterange", ["Mod"] = "before", ["end"] = Timex.Date(r) }]);
    }

    /// <summary>"year to date", "month to date", "week to date": from the start of the current period to the reference day.</summary>
    public static DateTimeCandidate? PeriodToDate(Match m, DateTime r, string t)
    {
        var (timex, start) = m.Groups[1].Value switch
        {
            "year" => ($"{r.Year:0000}", new DateTime(r.Year, 1, 1)),
            "month" => ($"{r.Year:0000}-{r.Month:00}", new DateTime(r.Year, r.Month, 1)),
            _ => ($"{ISOWeek.GetYear(r):0000}-W{ISOWeek.GetWeekOfYear(r):00}", DateTimeRecognizer.MondayOf(r)),
        };
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Range(timex, "daterange", Timex.Date(start), Timex.Date(r))]);
    }

    /// <summary>"from March to date", "from 2010-01-01 till current date", "from 2015 to date": from that start to the reference day.</summary>
    public static DateTimeCandidate? FromToDate(Match m, DateTime r, string t)
    {
        var g = m.Groups[1].Value;
        DateTime start;
        if (g.Length == 10 && DateTime.TryParseExact(g, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) start = iso;
        else if (g.Length == 4 && char.IsAsciiDigit(g[0])) start = new DateTime(int.Parse(g, CultureInfo.InvariantCulture), 1, 1);
        else if (MonthNumber(g) is var month and > 0) start = new DateTime(month <= r.Month ? r.Year : r.Year - 1, month, 1);
        else return null;
        if (start > r.Date) return null;
        int days = (r.Date - start).Days;
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange",
            [Timex.Range($"({Timex.Date(start)},{Timex.Date(r)},P{days}D)", "daterange", Timex.Date(start), Timex.Date(r))]);
    }

    /// <summary>"one hour and a half", "one year and a quarter", "one and half hour": a whole number of units plus a fraction.</summary>
    public static DateTimeCandidate? FractionDuration(Match m, DateTime r, string t)
    {
        bool unitFirst = m.Groups[2].Success && m.Groups[2].Length > 0;
        double n = Number(m.Groups[1].Success && m.Groups[1].Length > 0 ? m.Groups[1].Value : m.Groups[4].Value);
        string fraction = unitFirst ? m.Groups[3].Value : m.Groups[5].Value;
        string unitText = unitFirst ? m.Groups[2].Value : m.Groups[6].Value;
        if (double.IsNaN(n) || n < 0) return null;
        n += fraction == "half" ? 0.5 : 0.25;
        var (unit, timePart) = DateTimeRecognizer.Unit(unitText);
        var v = Timex.Value(DateTimeRecognizer.DurationTimex(n, unit, timePart), "duration", Timex.N(n * Timex.Seconds(unit, timePart)));
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration", [v]);
    }

    /// <summary>"the 15th day of next month", "the thirty-first day of the month", "twenty third day of September".</summary>
    public static DateTimeCandidate? NthDayOf(Match m, DateTime r, string t)
    {
        int day = DayNumber(m.Groups[2].Value);
        if (day is < 1 or > 31) return null;
        int e = m.Index + m.Length;
        if (m.Groups[5].Success && m.Groups[5].Length > 0)
        {
            int month = MonthNumber(m.Groups[5].Value);
            int s = m.Groups[2].Index;
            if (month == 0 || day > DateTime.DaysInMonth(2000, month)) return null;
            var (past, future) = DateTimeRecognizer.PastFuture(r, month, day);
            var tx = $"XXXX-{month:00}-{day:00}";
            return new DateTimeCandidate(s, e, "date", [Timex.Value(tx, "date", Timex.Date(past)), Timex.Value(tx, "date", Timex.Date(future))])
            { Point = new DatePoint(tx, [past, future], []) };
        }
        int off = m.Groups[4].Value switch { "next" or "following" => 1, "last" or "previous" => -1, _ => 0 };
        var first = new DateTime(r.Year, r.Month, 1).AddMonths(off);
        if (day > DateTime.DaysInMonth(first.Year, first.Month)) return null;
        var d = first.AddDays(day - 1);
        return new DateTimeCandidate(m.Index, e, "date", [Timex.Value(Timex.Date(d), "date", Timex.Date(d))]) { Point = new DatePoint(Timex.Date(d), [d], []) };
    }
    /// <summary>The day, ISO week, month or year <paramref name="off"/> periods from the reference (0: the current one).</summary>
    internal static DateTimeCandidate PeriodAt(int s, int e, string unit, int off, DateTime r)
    {
        switch (unit)
        {
            case "day":
            {
                var d = r.Date.AddDays(off);
                return new DateTimeCandidate(s, e, "date", [Timex.Value(Timex.Date(d), "date", Timex.Date(d))]) { Point = new DatePoint(Timex.Date(d), [d], []) };
            }
            case "week":
            {
                var monday = DateTimeRecognizer.MondayOf(r).AddDays(7 * off);
                var timex = $"{ISOWeek.GetYear(monday):0000}-W{ISOWeek.GetWeekOfYear(monday):00}";
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range(timex, "daterange", Timex.Date(monday), Timex.Date(monday.AddDays(7)))]);
            }
            case "month":
            {
                var first = new DateTime(r.Year, r.Month, 1).AddMonths(off);
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range($"{first.Year:0000}-{first.Month:00}", "daterange", Timex.Date(first), Timex.Date(first.AddMonths(1)))]);
            }
            default:
            {
                int y = r.Year + off;
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range($"{y:0000}", "daterange", $"{y:0000}-01-01", $"{y + 1:0000}-01-01")]);
            }
        }
    }

    /// <summary>"for the day", "partner of the year", "earlier in the week": the current day, week, month or year.</summary>
    public static DateTimeCandidate? ThePeriod(Match m, DateTime r, string t)
    {
        if (!DateTimeRecognizer.PrecededBy(t, m.Index, "for", "of", "in", "during", "throughout")) return null;
        var next = TextWindow.Tail(t, m.Index + m.Length).TrimStart();
        foreach (var w in (string[])["of", "after", "before", "beginning", "starting", "commencing", "from", "ending"])
            if (next.StartsWith(w, StringComparison.Ordinal)) return null;
        if (next.StartsWith("to ", StringComparison.Ordinal) || (next.Length > 0 && char.IsAsciiDigit(next[0]))) return null;
        return PeriodAt(m.Index, m.Index + m.Length, m.Groups[1].Value, 0, r);
    }

    /// <summary>"the week after next", "the month after next": two periods ahead.</summary>
    public static DateTimeCandidate? AfterNext(Match m, DateTime r, string t) => PeriodAt(m.Index, m.Index + m.Length, m.Groups[1].Value, 2, r);

    /// <summary>"this working week", "next workweek": Monday to Friday (end exclusive on Saturday).</summary>
    public static DateTimeCandidate? WorkWeek(Match m, DateTime r, string t)
    {
        int off = m.Groups[1].Value switch { "next" or "following" or "coming" => 1, "last" or "previous" or "past" => -1, _ => 0 };
        var monday = DateTimeRecognizer.MondayOf(r).AddDays(7 * off);
        var timex = $"{ISOWeek.GetYear(monday):0000}-W{ISOWeek.GetWeekOfYear(monday):00}";
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Range(timex, "daterange", Timex.Date(monday), Timex.Date(monday.AddDays(5)))]);
    }

    /// <summary>"three weekends": a duration of weekends of two days each.</summary>
    public static DateTimeCandidate? Weekends(Match m, DateTime r, string t)
    {
        double n = Number(m.Groups[1].Value);
        if (double.IsNaN(n) || n <= 0) return null;
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration", [Timex.Value($"P{Timex.N(n)}WE", "duration", Timex.N(n * 2 * 86400))]);
    }

    /// <summary>"in a fortnight", "a fortnight later", "two fortnights ago": the day that many fortnights away.</summary>
    public static DateTimeCandidate? FortnightShift(Match m, DateTime r, string t)
    {
        double n = Number(m.Groups[2].Value);
        if (double.IsNaN(n) || n <= 0 || n > 1000 || n != Math.Floor(n)) return null;
        bool ago = m.Groups[3].Value == "ago";
        if (m.Groups[1].Length == 0 && m.Groups[3].Length == 0) return null;
        var d = r.Date.AddDays((ago ? -14 : 14) * n);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "date", [Timex.Value(Timex.Date(d), "date", Timex.Date(d))]) { Point = new DatePoint(Timex.Date(d), [d], []) };
    }

    /// <summary>"every other day", "every other week": a set repeating every two units.</summary>
    public static DateTimeCandidate? EveryOther(Match m, DateTime r, string t)
    {
        var (unit, timePart) = DateTimeRecognizer.Unit(m.Groups[1].Value);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "set", [Timex.Value(DateTimeRecognizer.DurationTimex(2, unit, timePart), "set", "not resolved")]);
    }

    /// <summary>"any weekend": every weekend, as a set.</summary>
    public static DateTimeCandidate? AnyWeekend(Match m, DateTime r, string t) =>
        new(m.Index, m.Index + m.Length, "set", [Timex.Value("P1WE", "set", "not resolved")]);

    /// <summary>"another day", "another week": one more unit, as a duration.</summary>
    public static DateTimeCandidate? AnotherUnit(Match m, DateTime r, string t)
    {
        var (unit, timePart) = DateTimeRecognizer.Unit(m.Groups[1].Value);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration",
            [Timex.Value(DateTimeRecognizer.DurationTimex(1, unit, timePart), "duration", Timex.N(Timex.Seconds(unit, timePart)))]);
    }
}
