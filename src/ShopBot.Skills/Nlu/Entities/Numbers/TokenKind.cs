namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>Kind of a token produced by <see cref="Tokenizer"/>.</summary>
internal enum TokenKind
{
    Word,
    Digits,
    Symbol,
}
