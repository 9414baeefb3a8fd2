namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// Currency vocabulary: symbols, ISO codes and English names. Keys are lower-case with spaces removed
/// ("usdollar", "u.s$", "hk$"); the recognizer joins up to four adjacent tokens the same way before looking up.
/// </summary>
internal static class CurrencyNames
{
    private static readonly CurrencyUnit Dollar = new("Dollar", null);
    private static readonly CurrencyUnit Usd = new("United States dollar", "USD");
    private static readonly CurrencyUnit Cad = new("Canadian dollar", "CAD");
    private static readonly CurrencyUnit Aud = new("Australian dollar", "AUD");
    private static readonly CurrencyUnit Hkd = new("Hong Kong dollar", "HKD");
    private static readonly CurrencyUnit Nzd = new("New Zealand dollar", "NZD");
    private static readonly CurrencyUnit Sgd = new("Singapore dollar", "SGD");
    private static readonly CurrencyUnit Mxn = new("Mexican peso", "MXN");
    private static readonly CurrencyUnit Eur = new("Euro", "EUR");
    private static readonly CurrencyUnit Pound = new("Pound", null);
    private static readonly CurrencyUnit Gbp = new("British pound", "GBP");
    private static readonly CurrencyUnit Jpy = new("Japanese yen", "JPY");
    private static readonly CurrencyUnit Cny = new("Chinese yuan", "CNY");
    private static readonly CurrencyUnit Inr = new("Indian rupee", "INR");
    private static readonly CurrencyUnit Chf = new("Swiss franc", "CHF");
    private static readonly CurrencyUnit Try = new("Turkish lira", "TRY");
    private static readonly CurrencyUnit Rub = new("Russian ruble", "RUB");
    private static readonly CurrencyUnit Krw = new("South Korean won", "KRW");
    private static readonly CurrencyUnit Brl = new("Brazilian real", "BRL");
    private static readonly CurrencyUnit Zar = new("South African rand", "ZAR");
    private static readonly CurrencyUnit Sek = new("Swedish krona", "SEK");
    private static readonly CurrencyUnit Nok = new("Norwegian krone", "NOK");
    private static readonly CurrencyUnit Dkk = new("Danish krone", "DKK");
    private static readonly CurrencyUnit Pln = new("Polish złoty", "PLN");
    private static readonly CurrencyUnit Thb = new("Thai baht", "THB");
    private static readonly CurrencyUnit Php = new("Philippine peso", "PHP");
    private static readonly CurrencyUnit Ils = new("Israeli new shekel", "ILS");
    private static readonly CurrencyUnit Aed = new("United Arab Emirates dirham", "AED");
    private static readonly CurrencyUnit Btc = new("Bitcoin", null);

    /// <summary>Symbols, written before or after the amount.</summary>
    public static readonly Dictionary<string, CurrencyUnit> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = Dollar, ["£"] = Pound, ["€"] = Eur, ["¥"] = Jpy, ["₹"] = Inr, ["₡"] = new("Costa Rican colón", "CRC"),
        ["₭"] = new("Lao kip", "LAK"), ["元"] = Cny, ["₩"] = Krw, ["₽"] = Rub, ["₺"] = Try, ["₱"] = Php, ["₪"] = Ils,
        ["฿"] = Thb, ["₦"] = new("Nigerian naira", "NGN"), ["₫"] = new("Vietnamese dong", "VND"), ["₴"] = new("Ukrainian hryvnia", "UAH"),
        ["₿"] = Btc, ["us$"] = Usd, ["u.s$"] = Usd, ["u.s.$"] = Usd, ["c$"] = Cad, ["ca$"] = Cad, ["cad$"] = Cad, ["hk$"] = Hkd,
        ["a$"] = Aud, ["au$"] = Aud, ["aud$"] = Aud, ["mxn$"] = Mxn, ["mex$"] = Mxn, ["mx$"] = Mxn, ["nz$"] = Nzd, ["s$"] = Sgd,
        ["r$"] = Brl,
    };

    /// <summary>ISO 4217 codes, matched in any case; codes that are also English words are in <see cref="UpperOnlyCodes"/>.</summary>
    public static readonly Dictionary<string, CurrencyUnit> Codes = new(StringComparer.Ordinal)
    {
        ["usd"] = Usd, ["eur"] = Eur, ["gbp"] = Gbp, ["jpy"] = Jpy, ["cny"] = Cny, ["rmb"] = Cny, ["cad"] = Cad, ["aud"] = Aud,
        ["hkd"] = Hkd, ["nzd"] = Nzd, ["sgd"] = Sgd, ["mxn"] = Mxn, ["inr"] = Inr, ["chf"] = Chf, ["rub"] = Rub, ["krw"] = Krw,
        ["brl"] = Brl, ["zar"] = Zar, ["sek"] = Sek, ["nok"] = Nok, ["dkk"] = Dkk, ["pln"] = Pln, ["thb"] = Thb, ["php"] = Php,
        ["ils"] = Ils, ["aed"] = Aed, ["btc"] = Btc, ["czk"] = new("Czech koruna", "CZK"), ["huf"] = new("Hungarian forint", "HUF"),
    };

    /// <summary>Codes that are also common words ("try", "all"): only written in capitals count.</summary>
    public static readonly Dictionary<string, CurrencyUnit> UpperOnlyCodes = new(StringComparer.Ordinal)
    {
        ["TRY"] = Try,
    };

    /// <summary>Names, after the amount ("5 dollars", "420 million finnish markka").</summary>
    public static readonly Dictionary<string, CurrencyUnit> Names = BuildNames();

    private static Dictionary<string, CurrencyUnit> BuildNames()
    {
        var d = new Dictionary<string, CurrencyUnit>(StringComparer.Ordinal);
        void Add(CurrencyUnit u, params string[] names)
        {
            foreach (var n in names) d[n.Replace(" ", "", StringComparison.Ordinal)] = u;
        }
        Add(Dollar, "dollar", "dollars", "buck", "bucks");
        Add(Usd, "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "u.s dollar", "u.s dollars", "united states dollar", "united states dollars", "american dollar", "american dollars");
        Add(Cad, "canadian dollar", "canadian dollars");
        Add(Aud, "australian dollar", "australian dollars");
        Add(Hkd, "hong kong dollar", "hong kong dollars");
        Add(Nzd, "new zealand dollar", "new zealand dollars");
        Add(Sgd, "singapore dollar", "singapore dollars");
        Add(Eur, "euro", "euros");
        Add(Pound, "pound", "pounds");
        Add(Gbp, "british pound", "british pounds", "pound sterling", "pounds sterling", "sterling");
        Add(Jpy, "yen", "japanese yen");
        Add(Cny, "yuan", "chinese yuan", "renminbi", "kuai");
        Add(new CurrencyUnit("Franc", null), "franc", "francs");
        Add(Chf, "swiss franc", "swiss francs");
        Add(new CurrencyUnit("Rupee", null), "rupee", "rupees");
        Add(Inr, "indian rupee", "indian rupees");
        Add(new CurrencyUnit("Finnish markka", null), "finnish markka", "markka");
        Add(new CurrencyUnit("Netherlands guilder", null), "dutch guilder", "dutch guilders", "guilder", "guilders");
        Add(Try, "turkish lira", "turkish liras");
        Add(new CurrencyUnit("Mexican peso", "MXN"), "mexican peso", "mexican pesos");
        Add(new CurrencyUnit("Peso", null), "peso", "pesos");
        Add(Rub, "russian ruble", "russian rubles", "russian rouble", "russian roubles");
        Add(new CurrencyUnit("Ruble", null), "ruble", "rubles", "rouble", "roubles");
        Add(Zar, "south african rand", "rand");
        Add(Sek, "swedish krona", "swedish kronor");
        Add(Nok, "norwegian krone", "norwegian kroner");
        Add(Dkk, "danish krone", "danish kroner");
        Add(Btc, "bitcoin", "bitcoins");
        Add(new CurrencyUnit("Cent", null, 0.01, "Dollar", null), "cent", "cents");
        Add(new CurrencyUnit("Pence", null, 0.01, "Pound", null), "pence", "penny", "pennies");
        Add(new CurrencyUnit("Chinese yuan", "CNY", 0.1, "Chinese yuan", "CNY"), "mao", "jiao");
        Add(new CurrencyUnit("Chinese yuan", "CNY", 0.01, "Chinese yuan", "CNY"), "fen");
        return d;
    }

    /// <summary>Names only taken before the amount ("sen 100,000").</summary>
    public static readonly Dictionary<string, CurrencyUnit> PrefixOnlyNames = new(StringComparer.Ordinal)
    {
        ["sen"] = new CurrencyUnit("Sen", null),
    };
}
