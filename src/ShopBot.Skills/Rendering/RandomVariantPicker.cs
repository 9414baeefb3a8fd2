namespace ShopBot.Skills.Rendering;

/// <summary>Picks variants with a seeded <see cref="Random"/> (thread-safe).</summary>
public sealed class RandomVariantPicker(int seed) : IVariantPicker
{
    private readonly Random _random = new(seed);

    public int Pick(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_random) return _random.Next(count);
    }
}
