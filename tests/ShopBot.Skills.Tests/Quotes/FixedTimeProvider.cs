namespace ShopBot.Skills.Tests.Quotes;

/// <summary>A clock the test sets by hand.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
