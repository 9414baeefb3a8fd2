namespace ShopBot.Skills.Nlu.Text;

/// <summary>How text becomes a sparse TF-IDF vector. Defaults suit short chat messages.</summary>
public sealed record FeaturizerOptions
{
    /// <summary>Hash space is 2^<see cref="HashBits"/> buckets before the vocabulary keeps only buckets seen in training. Default 18 (1 MB maps stay in cache; about 4% of CLINC150 features collide).</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Longest word n-gram (1 = unigrams, 2 = uni + bigrams of stems). Default 2.</summary>
    public int MaxWordNgram { get; init; } = 2;

    /// <summary>
    /// Also emit skip-bigrams: pairs of stems with exactly one word between them ("track _ order"), within a clause,
    /// hashed into the word block. Default false.
    /// </summary>
    public bool SkipBigrams { get; init; }

    /// <summary>Shortest character n-gram inside a word (with boundary marks); 0 turns character n-grams off. Default 3.</summary>
    public int MinCharNgram { get; init; } = 3;

    /// <summary>
    /// Longest character n-gram inside a word. Default 4: 5-fold cross-validation on the CLINC150 and BANKING77 training
    /// data scored 3-4 at least as well as 3-5, with a quarter fewer features to read per message.
    /// </summary>
    public int MaxCharNgram { get; init; } = 4;

    /// <summary>A feature must occur in at least this many training texts to be kept. Default 1.</summary>
    public int MinDocumentFrequency { get; init; } = 1;

    /// <summary>Weight of the character n-gram block relative to the word block (both are hashed into one vector). Default 0.5.</summary>
    public float CharWeight { get; init; } = 0.5f;

    /// <summary>
    /// Optional positive/negative word lists: when set, four count columns (positive, negative, negated positive,
    /// negated negative words) follow the hashed columns. Default none (intent models do not use one).
    /// </summary>
    public PolarityLexicon? Lexicon { get; init; }

    /// <summary>Weight of the lexicon columns relative to a word feature of IDF 1. Default 1.</summary>
    public float LexiconWeight { get; init; } = 1f;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first out-of-range setting.</summary>
    public void Validate()
    {
        if (HashBits is < 10 or > 24) throw new ArgumentException($"HashBits must be in [10, 24], was {HashBits}.");
        if (MaxWordNgram is < 1 or > 3) throw new ArgumentException($"MaxWordNgram must be in [1, 3], was {MaxWordNgram}.");
        if (MinCharNgram != 0 && (MinCharNgram < 2 || MaxCharNgram < MinCharNgram || MaxCharNgram > 8))
            throw new ArgumentException($"Character n-grams need 2 <= MinCharNgram <= MaxCharNgram <= 8, were {MinCharNgram}..{MaxCharNgram}.");
        if (MinDocumentFrequency < 1) throw new ArgumentException($"MinDocumentFrequency must be at least 1, was {MinDocumentFrequency}.");
        if (!(CharWeight > 0) || float.IsInfinity(CharWeight)) throw new ArgumentException($"CharWeight must be positive, was {CharWeight}.");
        if (!(LexiconWeight > 0) || float.IsInfinity(LexiconWeight)) throw new ArgumentException($"LexiconWeight must be positive, was {LexiconWeight}.");
    }
}
