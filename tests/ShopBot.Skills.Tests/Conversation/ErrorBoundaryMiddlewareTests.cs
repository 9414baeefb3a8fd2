using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Tests.Conversation;

public class ErrorBoundaryMiddlewareTests
{
    private static readonly LgRenderer Responses = new(LgParser.Parse("# ErrorApology\n- Sorry, that failed.", "test.lg"), new RandomVariantPicker(1));

    [Fact]
    public async Task AFailingTurn_IsLoggedAndApologisedFor_AndTheDialogIsReset()
    {
        var (turn, sent) = TestTurns.Message("x");
        turn.State.Set("dialog", new { name = "cancel_order", step = 2 });
        turn.State.Set("keep", 5);
        var boundary = new ErrorBoundaryMiddleware(Responses, NullLogger<ErrorBoundaryMiddleware>.Instance);

        await boundary.OnTurnAsync(turn, _ => throw new InvalidOperationException("database went away"), CancellationToken.None);

        Assert.Equal("Sorry, that failed.", Assert.Single(sent).Text);
        Assert.Null(turn.State.Values["dialog"]);
        Assert.Equal(5, turn.State.Get<int>("keep"));
    }

    [Fact]
    public async Task AFailureOnANonMessage_IsSwallowedWithoutAReply()
    {
        var (turn, sent) = TestTurns.Message("x");
        turn.Activity.Type = ActivityTypes.ConversationUpdate;
        var boundary = new ErrorBoundaryMiddleware(Responses, NullLogger<ErrorBoundaryMiddleware>.Instance);
        await boundary.OnTurnAsync(turn, _ => throw new InvalidOperationException("x"), CancellationToken.None);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Cancellation_IsNotSwallowed()
    {
        var (turn, _) = TestTurns.Message("x");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var boundary = new ErrorBoundaryMiddleware(Responses, NullLogger<ErrorBoundaryMiddleware>.Instance);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => boundary.OnTurnAsync(turn, ct => Task.FromCanceled(ct), cts.Token));
    }
}
