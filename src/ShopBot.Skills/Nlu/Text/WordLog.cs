namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// The words of the last hashed message in order, as the hashing pass saw them: each word's full (unmasked, unnegated)
/// 32-bit hash with its negation flag, and clause boundaries. Lets the polarity lexicon count a message from the shared
/// pass instead of tokenising and stemming it a second time. Reused per thread; no allocation once grown.
/// </summary>
internal sealed class WordLog
{
    /// <summary>Entry kinds.</summary>
    public const byte WordEntry = 0, NegatedWordEntry = 1, BoundaryEntry = 2;

    private uint[] _hashes = new uint[64];
    private byte[] _kinds = new byte[64];

    /// <summary>Entries in use.</summary>
    public int Count { get; private set; }

    /// <summary>The word hashes (undefined at boundaries).</summary>
    public ReadOnlySpan<uint> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>The entry kinds.</summary>
    public ReadOnlySpan<byte> Kinds => _kinds.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Word(uint hash, bool negated) => Add(hash, negated ? NegatedWordEntry : WordEntry);

    public void Boundary() => Add(0, BoundaryEntry);

    private void Add(uint hash, byte kind)
    {
        if (Count == _hashes.Length)
        {
            Array.Resize(ref _hashes, Count * 2);
            Array.Resize(ref _kinds, Count * 2);
        }
        _hashes[Count] = hash;
        _kinds[Count] = kind;
        Count++;
    }
}
