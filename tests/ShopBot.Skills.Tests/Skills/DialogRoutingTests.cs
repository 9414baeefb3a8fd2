using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Skills.Tests.Skills;

public class DialogRoutingTests
{
    private const string Templates = """
        # Welcome
        - welcome
        # Greeting
        - greeting
        # Goodbye
        - bye
        # YouAreWelcome
        - welcome back
        # Help
        - help text
        # NothingToStop
        - nothing to stop
        # NoPendingQuestion
        - no question
        # DialogCancelled
        - cancelled
        # Fallback
        - fallback
        # NotAvailableYet
        - not yet ${intent}
        # NoText
        - no text
        """;

    /// <summary>A dialog that asks for a size ("small"/"large"), then for confirmation, then says done.</summary>
    private sealed class SizeDialog(string name, string intent) : IDialog
    {
        public string Name => name;

        public IReadOnlyCollection<string> Intents => [intent];

        public int Completed { get; private set; }

        public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) => throw new InvalidOperationException("dialogs are begun, not handled");

        public Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) => ContinueAsync(turn, frame, cancellationToken);

        public bool IsAnswer(ITurnContext turn, DialogFrame frame) => frame.Awaiting switch
        {
            "size" => Size(turn) is not null,
            DialogFrame.ConfirmationStep => turn.Recognized?.Intent.Name is "affirm" or "deny",
            _ => false,
        };

        public async Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
        {
            if (!frame.Has("size"))
            {
                if (Size(turn) is { } size) frame.Set("size", size);
                else
                {
                    if (frame.Awaiting == "size") frame.Retries++;
                    frame.Awaiting = "size";
                    await turn.SendAsync(new Activity { Text = $"{name}: which size?" }, cancellationToken);
                    return DialogStatus.Waiting;
                }
            }

            if (frame.Awaiting != DialogFrame.ConfirmationStep)
            {
                frame.Awaiting = DialogFrame.ConfirmationStep;
                await turn.SendAsync(new Activity { Text = $"{name}: {frame.Get<string>("size")}, sure?" }, cancellationToken);
                return DialogStatus.Waiting;
            }

            var yes = turn.Recognized?.Intent.Name == "affirm";
            if (yes) Completed++;
            await turn.SendAsync(new Activity { Text = yes ? $"{name}: done" : $"{name}: not done" }, cancellationToken);
            return DialogStatus.Complete;
        }

        public Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken) =>
            turn.SendAsync(new Activity { Text = $"{name}: back to it, {(frame.Awaiting == "size" ? "which size?" : "sure?")}" }, cancellationToken);

        private static string? Size(ITurnContext turn) => turn.Activity.Text is "small" or "large" ? turn.Activity.Text : null;
    }

    private sealed class Conversation
    {
        private readonly SkillRouter _router;
        private readonly ConversationState _state = new("c");

        public Conversation(params IDialog[] dialogs)
        {
            var lg = new LgRenderer(LgParser.Parse(Templates, "t.lg"), new RandomVariantPicker(1));
            _router = new SkillRouter([.. dialogs, new SmallTalkSkill(lg)], new WelcomeSkill(lg), new FallbackSkill(lg), lg, NullLogger<SkillRouter>.Instance);
        }

        public DialogStack Stack => new(_state);

        /// <summary>Sends <paramref name="text"/> recognised as <paramref name="intent"/>; returns the bot's replies.</summary>
        public async Task<List<string>> SayAsync(string text, string intent)
        {
            var sent = new List<string>();
            var activity = new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = "c" } };
            var turn = new TurnContext(activity, _state, (a, _) =>
            {
                sent.Add(a.Text!);
                return Task.FromResult<string?>(null);
            })
            {
                Recognized = new RecognizerResult(text, new IntentScore(intent, 0.9), [new IntentScore(intent, 0.9)], [], SentimentResult.Neutral),
            };
            await _router.OnTurnAsync(turn, CancellationToken.None);
            return sent;
        }
    }

    [Fact]
    public async Task ADialog_FillsItsSlot_AsksForConfirmation_AndCompletes()
    {
        var dialog = new SizeDialog("order", "place_order");
        var chat = new Conversation(dialog);
        Assert.Equal(["order: which size?"], await chat.SayAsync("I want to order", "place_order"));
        Assert.Equal(["order: large, sure?"], await chat.SayAsync("large", RecognizerResult.OutOfScope));
        Assert.Equal(["order: done"], await chat.SayAsync("yes", "affirm"));
        Assert.Equal(1, dialog.Completed);
        Assert.Null(chat.Stack.Active);
    }

    [Fact]
    public async Task Stop_CancelsTheDialog_AndChangesNothing()
    {
        var dialog = new SizeDialog("order", "place_order");
        var chat = new Conversation(dialog);
        await chat.SayAsync("order", "place_order");
        await chat.SayAsync("small", RecognizerResult.OutOfScope);
        Assert.Equal(["cancelled"], await chat.SayAsync("forget it", "stop"));
        Assert.Null(chat.Stack.Active);
        Assert.Equal(0, dialog.Completed);
        Assert.Equal(["nothing to stop"], await chat.SayAsync("stop", "stop"));
    }

    [Fact]
    public async Task Help_InterruptsTheDialog_ThenTheDialogAsksAgain_AndGoesOn()
    {
        var chat = new Conversation(new SizeDialog("order", "place_order"));
        await chat.SayAsync("order", "place_order");
        Assert.Equal(["help text", "order: back to it, which size?"], await chat.SayAsync("what can you do", "help"));
        Assert.Equal(["order: large, sure?"], await chat.SayAsync("large", RecognizerResult.OutOfScope));
    }

    [Fact]
    public async Task AnAnswerTheDialogDoesNotUnderstand_IsAskedAgain_NotSentToTheFallback()
    {
        var chat = new Conversation(new SizeDialog("order", "place_order"));
        await chat.SayAsync("order", "place_order");
        Assert.Equal(["order: which size?"], await chat.SayAsync("purple", RecognizerResult.OutOfScope));
        Assert.Equal(1, chat.Stack.Active!.Retries);
    }

    [Fact]
    public async Task AnotherDialogsIntent_RunsThatDialog_ThenResumesTheFirst()
    {
        var order = new SizeDialog("order", "place_order");
        var ret = new SizeDialog("return", "return_item");
        var chat = new Conversation(order, ret);
        await chat.SayAsync("order", "place_order");
        Assert.Equal(["return: which size?"], await chat.SayAsync("actually I need to return something", "return_item"));
        Assert.Equal(2, chat.Stack.Depth);
        await chat.SayAsync("small", RecognizerResult.OutOfScope);
        Assert.Equal(["return: done", "order: back to it, which size?"], await chat.SayAsync("yes", "affirm"));
        Assert.Equal("order", chat.Stack.Active!.Name);
        Assert.Equal(1, ret.Completed);
    }

    [Fact]
    public async Task TheSameRequestAgain_StartsTheDialogOver()
    {
        var chat = new Conversation(new SizeDialog("order", "place_order"));
        await chat.SayAsync("order", "place_order");
        await chat.SayAsync("large", RecognizerResult.OutOfScope);
        Assert.Equal(["order: which size?"], await chat.SayAsync("order something else", "place_order"));
        Assert.Equal(1, chat.Stack.Depth);
    }

    [Fact]
    public async Task YesOrNo_WithoutAQuestion_GetAPoliteAnswer()
    {
        var chat = new Conversation(new SizeDialog("order", "place_order"));
        Assert.Equal(["no question"], await chat.SayAsync("yes", "affirm"));
    }

    [Fact]
    public void TheErrorBoundary_ResetsTheDialogStack()
    {
        Assert.Contains(DialogStack.StateKey, ErrorBoundaryMiddleware.ResetKeys);
    }
}
