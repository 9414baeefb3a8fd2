namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>Dates of common (mostly US/UK) holidays in a given year: fixed dates, nth weekdays and Easter (computus).</summary>
internal static class Holidays
{
    public const string Pattern = @"(?:christmas\s+eve|easter\s+monday|good\s+friday|new\s+year'?s?\s+eve|christmas(?:\s+day)?|xmas|new\s+year'?s?(?:\s+day)?|independence\s+day|halloween|valentine'?s?(?:\s+day)?|earth\s+day|boxing\s+day|st\.?\s+patrick'?s?(?:\s+day)?|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|easter(?:\s+sunday)?|mother'?s?\s+day|father'?s?\s+day|memorial\s+day|labou?r\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|mlk\s+day|veterans\s+day|columbus\s+day|groundhog\s+day)";

    public static DateTime? On(string name, int year)
    {
        var n = string.Join(' ', name.Replace("'", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (n.StartsWith("christmas eve", StringComparison.Ordinal)) return new DateTime(year, 12, 24);
        if (n.StartsWith("christmas", StringComparison.Ordinal) || n == "xmas") return new DateTime(year, 12, 25);
        if (n.StartsWith("new year", StringComparison.Ordinal)) return n.EndsWith("eve", StringComparison.Ordinal) ? new DateTime(year, 12, 31) : new DateTime(year, 1, 1);
        if (n.StartsWith("independence", StringComparison.Ordinal)) return new DateTime(year, 7, 4);
        if (n == "halloween") return new DateTime(year, 10, 31);
        if (n.StartsWith("valentine", StringComparison.Ordinal)) return new DateTime(year, 2, 14);
        if (n == "earth day") return new DateTime(year, 4, 22);
        if (n == "boxing day") return new DateTime(year, 12, 26);
        if (n.StartsWith("st", StringComparison.Ordinal)) return new DateTime(year, 3, 17);
        if (n == "groundhog day") return new DateTime(year, 2, 2);
        if (n == "veterans day") return new DateTime(year, 11, 11);
        if (n.StartsWith("thanksgiving", StringComparison.Ordinal)) return Nth(year, 11, DayOfWeek.Thursday, 4);
        if (n == "black friday") return Nth(year, 11, DayOfWeek.Thursday, 4).AddDays(1);
        if (n == "cyber monday") return Nth(year, 11, DayOfWeek.Thursday, 4).AddDays(4);
        if (n.StartsWith("mother", StringComparison.Ordinal)) return Nth(year, 5, DayOfWeek.Sunday, 2);
        if (n.StartsWith("father", StringComparison.Ordinal)) return Nth(year, 6, DayOfWeek.Sunday, 3);
        if (n == "memorial day") return Nth(year, 6, DayOfWeek.Monday, 1).AddDays(-7);
        if (n.StartsWith("labo", StringComparison.Ordinal)) return Nth(year, 9, DayOfWeek.Monday, 1);
        if (n.StartsWith("martin", StringComparison.Ordinal) || n == "mlk day") return Nth(year, 1, DayOfWeek.Monday, 3);
        if (n == "columbus day") return Nth(year, 10, DayOfWeek.Monday, 2);
        if (n == "easter monday") return Easter(year).AddDays(1);
        if (n == "good friday") return Easter(year).AddDays(-2);
        if (n.StartsWith("easter", StringComparison.Ordinal)) return Easter(year);
        return null;
    }

    private static DateTime Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateTime(year, month, 1);
        int offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateTime Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(year, month, day);
    }
}
