namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>English number vocabulary: cardinals, tens, scales and ordinals (with their plural fraction forms).</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    public static readonly Dictionary<string, int> Teens = new(StringComparer.Ordinal)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["lakhs"] = 1e5,
        ["crore"] = 1e7, ["crores"] = 1e7, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    };

    public static readonly HashSet<string> Dozens = new(StringComparer.Ordinal) { "dozen", "dozens", "doz", "dozs" };

    /// <summary>Ordinal words to their value; scale ordinals (hundredth...) multiply what precedes them.</summary>
    public static readonly Dictionary<string, double> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["nineth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
        ["hundredth"] = 100, ["thousandth"] = 1e3, ["millionth"] = 1e6, ["billionth"] = 1e9, ["trillionth"] = 1e12,
    };

    public static bool IsScaleOrdinal(double v) => v >= 100;

    /// <summary>Looks a word up as a fraction denominator: ordinals, their plurals, half/halves, quarter(s).</summary>
    public static bool TryDenominator(string w, out double value, out bool plural)
    {
        plural = false;
        switch (w)
        {
            case "half": value = 2; return true;
            case "halves": value = 2; plural = true; return true;
            case "quarter": value = 4; return true;
            case "quarters": value = 4; plural = true; return true;
        }
        if (Ordinals.TryGetValue(w, out value)) return true;
        if (w.Length > 3 && w[^1] == 's' && Ordinals.TryGetValue(w[..^1], out value)) { plural = true; return true; }
        value = 0;
        return false;
    }

    /// <summary>True for a word that can be part of a spelled number.</summary>
    public static bool IsCardinalWord(string w) =>
        Units.ContainsKey(w) || Teens.ContainsKey(w) || Tens.ContainsKey(w) || Scales.ContainsKey(w) || w == "hundred" || Dozens.Contains(w);
}
