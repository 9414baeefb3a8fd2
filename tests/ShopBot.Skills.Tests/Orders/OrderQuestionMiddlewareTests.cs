using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Tests.Conversation;

namespace ShopBot.Skills.Tests.Orders;

public class OrderQuestionMiddlewareTests
{
    private static async Task<string> IntentAfterAsync(string intent, params EntityMatch[] entities)
    {
        var (turn, _) = TestTurns.Message("when will it arrive");
        turn.Recognized = new RecognizerResult("x", new IntentScore(intent, 0.9), [new IntentScore(intent, 0.9)], entities, SentimentResult.Neutral);
        await new OrderQuestionMiddleware().OnTurnAsync(turn, _ => Task.CompletedTask, CancellationToken.None);
        return turn.Recognized!.Intent.Name;
    }

    [Fact]
    public async Task ADeliveryQuestionAboutAnOrder_IsAnsweredFromTheOrder()
    {
        Assert.Equal("track_order", await IntentAfterAsync("delivery_period", OrderChat.Order("100235")));
        Assert.Equal("track_order", await IntentAfterAsync("delivery_options", OrderChat.Order("100235")));
    }

    [Fact]
    public async Task AGeneralDeliveryQuestion_StaysWithThePolicy_AndOtherIntentsAreUntouched()
    {
        Assert.Equal("delivery_period", await IntentAfterAsync("delivery_period"));
        Assert.Equal("complaint", await IntentAfterAsync("complaint", OrderChat.Order("100235")));
    }
}
