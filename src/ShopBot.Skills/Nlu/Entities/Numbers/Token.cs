namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>
/// A word (lower-cased), a digit literal (value already parsed, with its separators, decimals, exponent and
/// k/M/G suffix) or one other non-space character. <see cref="End"/> is exclusive.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Lower, double Value, string Subtype)
{
    /// <summary>For digits: a letter touches the literal on its left (e.g. "USD115", "A1").</summary>
    public bool LetterBefore { get; init; }

    /// <summary>For digits: a letter touches the literal on its right that is not a known suffix (e.g. "180ml", "2nd").</summary>
    public bool LetterAfter { get; init; }

    /// <summary>For digits: the literal is a bare run of digits (no separator, decimal point, exponent or suffix).</summary>
    public bool Plain { get; init; }

    public bool IsWord(string w) => Kind == TokenKind.Word && Lower == w;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;
}
