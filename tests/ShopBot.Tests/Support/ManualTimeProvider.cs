namespace ShopBot.Tests.Support;

/// <summary>A clock tests move by hand (the real one plus an offset), so token expiry can be tested without waiting.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
