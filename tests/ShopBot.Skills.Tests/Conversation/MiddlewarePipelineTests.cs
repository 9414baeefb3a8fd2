using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Tests.Conversation;

public class MiddlewarePipelineTests
{
    private sealed class Recording(string name, List<string> log, bool stop = false) : ITurnMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
        {
            log.Add($"{name} in");
            if (!stop) await next(cancellationToken);
            log.Add($"{name} out");
        }
    }

    private sealed class RecordingBot(List<string> log) : IBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            log.Add("bot");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Middleware_RunsInOrderOnTheWayIn_AndInReverseOnTheWayOut()
    {
        var log = new List<string>();
        var pipeline = new MiddlewarePipeline([new Recording("a", log), new Recording("b", log)], new RecordingBot(log));
        await pipeline.RunAsync(TestTurns.Message("x").Turn, CancellationToken.None);
        Assert.Equal(["a in", "b in", "bot", "b out", "a out"], log);
    }

    [Fact]
    public async Task Middleware_ThatDoesNotCallNext_EndsTheTurn()
    {
        var log = new List<string>();
        var pipeline = new MiddlewarePipeline([new Recording("a", log, stop: true), new Recording("b", log)], new RecordingBot(log));
        await pipeline.RunAsync(TestTurns.Message("x").Turn, CancellationToken.None);
        Assert.Equal(["a in", "a out"], log);
    }

    [Fact]
    public async Task TurnContext_FillsAddressingFromTheIncomingActivity()
    {
        var (turn, sent) = TestTurns.Message("x");
        await turn.SendAsync(new Activity { Text = "hello" });
        var reply = Assert.Single(sent);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("out-1", reply.Id);
        Assert.Same(reply, Assert.Single(turn.Sent));
    }
}
