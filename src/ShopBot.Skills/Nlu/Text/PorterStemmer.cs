namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// The Porter2 (Snowball English) stemmer, written from the published algorithm description. Works in place on a
/// lower-case word held in a caller's buffer, so stemming allocates nothing.
/// </summary>
public static class PorterStemmer
{
    /// <summary>Stems a lower-case word and returns it as a new string (convenience; the span overload allocates nothing).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        return new string(buffer[..Stem(buffer)]);
    }

    /// <summary>Stems the lower-case word in <paramref name="w"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> w)
    {
        int n = w.Length;
        if (n <= 2) return n;
        if (w[0] == '\'') { w[1..].CopyTo(w); n--; }
        if (Exception1(w, ref n)) return n;
        if (n <= 2) return n;

        // Mark consonant y as Y: initial y, or y after a vowel.
        if (w[0] == 'y') w[0] = 'Y';
        for (int i = 1; i < n; i++)
            if (w[i] == 'y' && IsVowel(w[i - 1])) w[i] = 'Y';

        int r1 = RegionAfterVowelConsonant(w[..n], 0);
        if (StartsWith(w[..n], "gener") || StartsWith(w[..n], "arsen")) r1 = 5;
        else if (StartsWith(w[..n], "commun")) r1 = 6;
        int r2 = RegionAfterVowelConsonant(w[..n], r1);

        Step0(w, ref n);
        Step1a(w, ref n);
        if (IsInvariantAfter1a(w[..n])) return Finish(w, n);
        Step1b(w, ref n, r1);
        Step1c(w, ref n);
        Step2(w, ref n, r1);
        Step3(w, ref n, r1, r2);
        Step4(w, ref n, r2);
        Step5(w, ref n, r1, r2);
        return Finish(w, n);
    }

    private static int Finish(Span<char> w, int n)
    {
        for (int i = 0; i < n; i++) if (w[i] == 'Y') w[i] = 'y';
        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool StartsWith(ReadOnlySpan<char> w, string s) => w.StartsWith(s.AsSpan(), StringComparison.Ordinal);

    private static bool EndsWith(Span<char> w, int n, string s) => n >= s.Length && w[..n].EndsWith(s.AsSpan(), StringComparison.Ordinal);

    /// <summary>Start of the region after the first non-vowel that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int RegionAfterVowelConsonant(ReadOnlySpan<char> w, int from)
    {
        for (int i = from + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    private static bool Exception1(Span<char> w, ref int n)
    {
        ReadOnlySpan<char> word = w[..n];
        string? replacement = word switch
        {
            "skis" => "ski", "skies" => "sky", "dying" => "die", "lying" => "lie", "tying" => "tie",
            "idly" => "idl", "gently" => "gentl", "ugly" => "ugli", "early" => "earli", "only" => "onli", "singly" => "singl",
            "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word.ToString(),
            _ => null,
        };
        if (replacement is null) return false;
        replacement.AsSpan().CopyTo(w);
        n = replacement.Length;
        return true;
    }

    private static bool IsInvariantAfter1a(ReadOnlySpan<char> w) =>
        w is "inning" or "outing" or "canning" or "herring" or "earring" or "proceed" or "exceed" or "succeed";

    private static void Step0(Span<char> w, ref int n)
    {
        if (EndsWith(w, n, "'s'")) n -= 3;
        else if (EndsWith(w, n, "'s")) n -= 2;
        else if (EndsWith(w, n, "'")) n -= 1;
    }

    private static void Step1a(Span<char> w, ref int n)
    {
        if (EndsWith(w, n, "sses")) { n -= 2; return; }
        if (EndsWith(w, n, "ied") || EndsWith(w, n, "ies")) { n -= n > 4 ? 2 : 1; return; }
        if (EndsWith(w, n, "us") || EndsWith(w, n, "ss")) return;
        if (EndsWith(w, n, "s"))
        {
            // Delete s when the part before it holds a vowel not immediately before the s.
            for (int i = 0; i < n - 2; i++)
                if (IsVowel(w[i])) { n--; return; }
        }
    }

    private static bool ContainsVowel(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (IsVowel(c)) return true;
        return false;
    }

    private static void Step1b(Span<char> w, ref int n, int r1)
    {
        int suffix = EndsWith(w, n, "eedly") ? 5 : EndsWith(w, n, "eed") ? 3 : 0;
        if (suffix > 0)
        {
            if (n - suffix >= r1) n -= suffix - 2;
            return;
        }
        suffix = EndsWith(w, n, "ingly") ? 5 : EndsWith(w, n, "edly") ? 4 : EndsWith(w, n, "ing") ? 3 : EndsWith(w, n, "ed") ? 2 : 0;
        if (suffix == 0 || !ContainsVowel(w[..(n - suffix)])) return;
        n -= suffix;
        if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz")) { w[n++] = 'e'; return; }
        if (n >= 2 && w[n - 1] == w[n - 2] && w[n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't') { n--; return; }
        if (IsShort(w[..n], r1)) w[n++] = 'e';
    }

    /// <summary>A word is short when it ends in a short syllable and R1 is empty.</summary>
    private static bool IsShort(ReadOnlySpan<char> w, int r1) => r1 >= w.Length && EndsInShortSyllable(w);

    private static bool EndsInShortSyllable(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n == 2) return IsVowel(w[0]) && !IsVowel(w[1]);
        if (n < 3) return false;
        char a = w[n - 3], b = w[n - 2], c = w[n - 1];
        return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c is not ('w' or 'x' or 'Y');
    }

    private static void Step1c(Span<char> w, ref int n)
    {
        if (n > 2 && (w[n - 1] == 'y' || w[n - 1] == 'Y') && !IsVowel(w[n - 2])) w[n - 1] = 'i';
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static void Step2(Span<char> w, ref int n, int r1)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!EndsWith(w, n, suffix)) continue;
            int stem = n - suffix.Length;
            if (stem < r1) return;
            if (suffix == "ogi" && (stem == 0 || w[stem - 1] != 'l')) return;
            if (suffix == "li" && (stem == 0 || w[stem - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't'))) return;
            replacement.AsSpan().CopyTo(w[stem..]);
            n = stem + replacement.Length;
            return;
        }
    }

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static void Step3(Span<char> w, ref int n, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!EndsWith(w, n, suffix)) continue;
            int stem = n - suffix.Length;
            if (stem < r1) return;
            if (suffix == "ative" && stem < r2) return;
            replacement.AsSpan().CopyTo(w[stem..]);
            n = stem + replacement.Length;
            return;
        }
    }

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    private static void Step4(Span<char> w, ref int n, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, n, suffix)) continue;
            int stem = n - suffix.Length;
            if (stem < r2) return;
            if (suffix == "ion" && (stem == 0 || w[stem - 1] is not ('s' or 't'))) return;
            n = stem;
            return;
        }
    }

    private static void Step5(Span<char> w, ref int n, int r1, int r2)
    {
        if (w[n - 1] == 'e')
        {
            int stem = n - 1;
            if (stem >= r2 || (stem >= r1 && !EndsInShortSyllable(w[..stem]))) n = stem;
        }
        else if (w[n - 1] == 'l' && n - 1 >= r2 && n >= 2 && w[n - 2] == 'l')
        {
            n--;
        }
    }
}
