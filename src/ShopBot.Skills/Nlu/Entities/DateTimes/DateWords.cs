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
        return NumberWords.Ordinals.TryGetValue(norm, out var v) ? tens + (int)v : 0;
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
        var tokens = Tokenizer.Tokenize(s);
        var parser = new NumberParser(s, tokens);
        return parser.TryParseAt(0, out var p) && p.Last == tokens.Count - 1 ? p.Value : double.NaN;
    }
}
