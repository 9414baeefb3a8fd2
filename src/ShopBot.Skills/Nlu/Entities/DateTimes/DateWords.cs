using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>Regex fragments and lookups for English month, weekday, day-of-month and number words.</summary>
internal static class DateWords
{
    public const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    public const string Weekday = @"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";
    public const string DayOrdinalWords = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first)";
    public const string Day = @"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|" + DayOrdinalWords + ")";
    public const string SmallNumber = @"(?:half\s+an?|\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|few|a few|some|several|couple of|a couple of)";
    private const string UnitWord = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private const string TeenWord = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private const string TensWord = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private const string Below100 = "(?:" + TensWord + @"(?:[\s-]+" + UnitWord + ")?|" + TeenWord + "|" + UnitWord + ")";

    /// <summary>A year in words: "nineteen eighty six", "seventeen hundred thirty three", "nineteen oh five", "two thousand and fifteen".</summary>
    public const string SpelledYear = @"(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:hundred(?:(?:\s+and)?\s+" + Below100 + @")?|oh\s+" + UnitWord + "|" + TensWord + @"(?:[\s-]+" + UnitWord + ")?|" + TeenWord + @")|two\s+thousand(?:(?:\s+and)?\s+" + Below100 + ")?)";

    /// <summary>A cardinal day of month in words ("twenty five", "three").</summary>
    public const string DayCardinalWords = @"(?:(?:twenty)(?:[\s-]+" + UnitWord + @")?|thirty(?:[\s-]+one)?|" + TeenWord + "|" + UnitWord + ")";

    public const string HourWord = @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})";

    public static int MonthNumber(string s) => s[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6, "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10,
        "nov" => 11, "dec" => 12, _ => 0,
    };

    /// <summary>ISO weekday: Monday 1 ... Sunday 7.</summary>
    public static int WeekdayNumber(string s) => s[..2] switch
    {
        "mo" => 1, "tu" => 2, "we" => 3, "th" => 4, "fr" => 5, "sa" => 6, "su" => 7, _ => 0,
    };

    public static int Iso(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>Day of month from "5", "05th", "twenty-first".</summary>
    public static int DayNumber(string s)
    {
        int n = 0, i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { n = n * 10 + (s[i] - '0'); i++; }
        if (i > 0) return n;
        var norm = s.Replace('-', ' ');
        int tens = 0;
        if (norm.StartsWith("twenty ", StringComparison.Ordinal) || (norm.StartsWith("twenty", StringComparison.Ordinal) && norm.Length > 6 && norm != "twentieth")) { tens = 20; norm = norm[6..].Trim(); }
        else if (norm.StartsWith("thirty", StringComparison.Ordinal) && norm != "thirtieth") { tens = 30; norm = norm[6..].Trim(); }
        if (NumberWords.Ordinals.TryGetValue(norm, out var v)) return tens + (int)v;
        if (norm.Length == 0) return tens;
        return NumberWords.Units.TryGetValue(norm, out var u) ? tens + u : NumberWords.Teens.TryGetValue(norm, out var t) && tens == 0 ? t : 0;
    }

    /// <summary>
    /// A year from four digits, two digits ("87" is 1987, "12" is 2012: below 50 is this century) or words
    /// ("nineteen eighty six", "two thousand and fifteen", "seventeen hundred thirty three"); 0 when it is none of these.
    /// </summary>
    public static int YearNumber(string s)
    {
        s = s.Trim().TrimStart('\'');
        if (s.Length == 0) return 0;
        if (char.IsAsciiDigit(s[0]))
        {
            if (!int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)) return 0;
            return s.Length == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        }
        var words = s.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and").ToArray();
        if (words.Length >= 2 && words[0] == "two" && words[1] == "thousand")
            return words.Length == 2 ? 2000 : Small(words.AsSpan(2)) is var t and > 0 ? 2000 + t : 0;
        if (words.Length < 2) return 0;
        int century = Small(words.AsSpan(0, 1));
        if (century is < 10 or > 20) return 0;
        if (words[1] == "hundred") return words.Length == 2 ? century * 100 : Small(words.AsSpan(2)) is var h and > 0 ? century * 100 + h : 0;
        if (words[1] == "oh") return words.Length == 3 && Small(words.AsSpan(2)) is var o and > 0 and < 10 ? century * 100 + o : 0;
        int rest = Small(words.AsSpan(1));
        return rest is >= 10 and < 100 ? century * 100 + rest : 0;
    }

    /// <summary>1..99 from words ("seventy two", "fifteen"); 0 when the words are not such a number.</summary>
    private static int Small(ReadOnlySpan<string> words)
    {
        int total = 0;
        foreach (var w in words)
        {
            int v = NumberWords.Units.TryGetValue(w, out var u) ? u : NumberWords.Teens.TryGetValue(w, out var t) ? t
                : NumberWords.Tens.TryGetValue(w, out var x) ? x : -1;
            if (v < 0) return 0;
            total += v;
        }
        return total is > 0 and < 100 ? total : 0;
    }

    /// <summary>A small number written in digits or words ("3", "3.5", "two", "an", "few" = 3).</summary>
    public static double Number(string s)
    {
        s = s.Trim();
        if (s.Length == 0) return double.NaN;
        if (double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        switch (s)
        {
            case "a" or "an": return 1;
            case "half a" or "half an": return 0.5;
            case "few" or "a few" or "some" or "several": return 3;
            case "couple of" or "a couple of": return 2;
        }
        var tokens = Tokenizer.TokenizeUncached(s);
        var parser = new NumberParser(s, tokens);
        return parser.TryParseAt(0, out var p) && p.Last == tokens.Count - 1 ? p.Value : double.NaN;
    }
}
