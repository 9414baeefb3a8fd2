using System.Text;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// NFKC normalisation. The runtime's normaliser is used when it works; under invariant globalization (this project's
/// setting, where <see cref="string.Normalize(NormalizationForm)"/> leaves text unchanged) a built-in table applies the
/// NFKC compatibility mappings chat text actually contains: full-width forms, ligatures, compatibility spaces,
/// circled and super/subscript digits, and the composition of a Latin letter with a following combining accent.
/// </summary>
internal static class CompatibilityFolding
{
    private static readonly bool RuntimeWorks = "\uFB01".Normalize(NormalizationForm.FormKC) == "fi";

    public static string NormalizeKc(string text)
    {
        if (RuntimeWorks) return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c is '\u00A0' or '\u3000' or '\u202F' or '\u205F' || c is >= '\u2000' and <= '\u200A') sb.Append(' ');
            else if (c is >= '\u2460' and <= '\u2473') sb.Append(c - '\u2460' + 1);
            else if (c is >= '\u2080' and <= '\u2089') sb.Append((char)('0' + c - '\u2080'));
            else if (c is '\u00B2' or '\u00B3') sb.Append(c == '\u00B2' ? '2' : '3');
            else if (c == '\u00B9') sb.Append('1');
            else if (c is >= '\u2074' and <= '\u2079') sb.Append((char)('4' + c - '\u2074'));
            else if (c == '\u2070') sb.Append('0');
            else if (c == '\u2026') sb.Append("...");
            else if (c == '\u2122') sb.Append("TM");
            else if (c is >= '\uFB00' and <= '\uFB06') sb.Append(c switch
            {
                '\uFB00' => "ff", '\uFB01' => "fi", '\uFB02' => "fl", '\uFB03' => "ffi", '\uFB04' => "ffl", _ => "st",
            });
            else if (c is >= '\u0300' and <= '\u036F' && sb.Length > 0 && TryCompose(sb[^1], c, out char composed)) sb[^1] = composed;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool TryCompose(char letter, char mark, out char composed)
    {
        composed = (letter, mark) switch
        {
            ('a', '\u0301') => 'á', ('e', '\u0301') => 'é', ('i', '\u0301') => 'í', ('o', '\u0301') => 'ó', ('u', '\u0301') => 'ú',
            ('a', '\u0300') => 'à', ('e', '\u0300') => 'è', ('i', '\u0300') => 'ì', ('o', '\u0300') => 'ò', ('u', '\u0300') => 'ù',
            ('a', '\u0308') => 'ä', ('e', '\u0308') => 'ë', ('i', '\u0308') => 'ï', ('o', '\u0308') => 'ö', ('u', '\u0308') => 'ü',
            ('a', '\u0302') => 'â', ('e', '\u0302') => 'ê', ('i', '\u0302') => 'î', ('o', '\u0302') => 'ô', ('u', '\u0302') => 'û',
            ('n', '\u0303') => 'ñ', ('c', '\u0327') => 'ç', ('E', '\u0301') => 'É', ('A', '\u0301') => 'Á',
            _ => '\0',
        };
        return composed != '\0';
    }
}
