using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Tests;

public class SmokeTests
{
    [Fact]
    public void ActivityTypes_KnowsMessage() => Assert.True(ActivityTypes.IsKnown("message"));
}
