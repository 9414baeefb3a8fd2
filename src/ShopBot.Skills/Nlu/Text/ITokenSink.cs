namespace ShopBot.Skills.Nlu.Text;

/// <summary>Receives the output of <see cref="TextPipeline.Run{TSink}"/>; a struct sink keeps the pipeline allocation-free.</summary>
internal interface ITokenSink
{
    /// <summary>A raw surface token (lower case, before contraction expansion and stemming).</summary>
    void OnRawToken(ReadOnlySpan<char> token);

    /// <summary>A word after contraction expansion, stemmed; <paramref name="negated"/> when it is inside a negation scope.</summary>
    void OnWord(ReadOnlySpan<char> stem, bool negated);

    /// <summary>Clause punctuation: ends a negation scope and breaks word bigrams.</summary>
    void OnBoundary();
}
