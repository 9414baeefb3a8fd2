using Microsoft.Extensions.Options;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Tests.Conversation;

namespace ShopBot.Skills.Tests.Orders;

public class VerificationLimiterTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void FailuresOnOneOrder_FromSeveralConversations_LockThatOrderForEveryone_UntilTheWindowPasses()
    {
        var clock = new Clock();
        var limiter = new VerificationLimiter(Options.Create(new OrderSkillsOptions { MaxFailedVerificationsPerConversation = 3, MaxFailedVerificationsPerOrder = 5, LockoutMinutes = 15 }), clock);
        var a = TestTurns.Message("x", "a").Turn;
        var b = TestTurns.Message("x", "b").Turn;
        var c = TestTurns.Message("x", "c").Turn;

        Assert.False(limiter.RecordFailure(a, 100234));
        Assert.False(limiter.RecordFailure(a, 100234));
        Assert.True(limiter.RecordFailure(a, 100234)); // conversation a: 3 failures
        Assert.False(limiter.IsLocked(b, 100234));
        Assert.False(limiter.RecordFailure(b, 100234));
        Assert.True(limiter.RecordFailure(b, 100234)); // the order: 5 failures in all
        Assert.True(limiter.IsLocked(c, 100234));
        Assert.False(limiter.IsLocked(c, 100235));

        clock.Now = clock.Now.AddMinutes(16);
        Assert.False(limiter.IsLocked(c, 100234));
        Assert.False(limiter.IsLocked(a, 100234));
    }
}
