using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Faq;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Skills.Tests.Faq;

public class FaqSkillTests
{
    /// <summary>An NLU stand-in: each scripted sentence gets its intent, anything else is out of scope.</summary>
    private sealed class ScriptedRecognizer(IReadOnlyDictionary<string, string> intents) : IRecognizer
    {
        public RecognizerResult Recognize(string text, string? culture = null, DateTime? referenceTime = null)
        {
            var score = new IntentScore(intents.GetValueOrDefault(text, RecognizerResult.OutOfScope), 0.9);
            return new RecognizerResult(text, score, [score], [], SentimentResult.Neutral);
        }
    }

    /// <summary>The shipped knowledge and responses behind the real router, with a scripted NLU in the turn pipeline.</summary>
    private sealed class Chat
    {
        private static readonly Dictionary<string, string> Script = new(StringComparer.Ordinal)
        {
            ["how many days do i have to return something"] = "check_refund_policy",
            ["is there a fee for cancelling an order"] = "check_cancellation_fee",
            ["what payment methods do you accept"] = "check_payment_methods",
            ["i forgot my password"] = "recover_password",
            ["hi"] = "greet",
        };

        private readonly MiddlewarePipeline _pipeline;
        private readonly ConversationState _state = new("faq-chat");

        public Chat(ShopPolicyOptions policy)
        {
            var lg = LgRenderer.FromDirectory(FaqFiles.ResponsesDirectory, new RandomVariantPicker(7));
            Knowledge = KnowledgeBase.FromDirectory(FaqFiles.KnowledgeDirectory);
            var faq = new FaqSkill(Knowledge, lg, Options.Create(policy));
            var router = new SkillRouter([new SmallTalkSkill(lg), faq], new WelcomeSkill(lg), new FallbackSkill(lg), lg, NullLogger<SkillRouter>.Instance);
            _pipeline = new MiddlewarePipeline([new RecognizerMiddleware(new ScriptedRecognizer(Script), TimeProvider.System)], router);
        }

        public KnowledgeBase Knowledge { get; }

        public async Task<Activity> SayAsync(string text)
        {
            var sent = new List<Activity>();
            var activity = new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = "faq-chat" } };
            var turn = new TurnContext(activity, _state, (a, _) =>
            {
                sent.Add(a);
                return Task.FromResult<string?>(null);
            });
            await _pipeline.RunAsync(turn, CancellationToken.None);
            return Assert.Single(sent);
        }
    }

    private static List<string> Buttons(Activity reply) => reply.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    [Fact]
    public async Task RefundPolicy_AnswersWithTheConfiguredReturnWindow()
    {
        var reply = await new Chat(new ShopPolicyOptions { ReturnWindowDays = 30 }).SayAsync("how many days do i have to return something");
        Assert.Contains("within **30 days of delivery**", reply.Text, StringComparison.Ordinal);
        Assert.Matches("^(Here's how returns and refunds work:|Sure, here's our returns policy:)\nYou can return", reply.Text);
        Assert.Contains("I want to return something", Buttons(reply));
        Assert.DoesNotContain("${", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefundPolicy_FollowsAChangedReturnWindow()
    {
        var reply = await new Chat(new ShopPolicyOptions { ReturnWindowDays = 45 }).SayAsync("how many days do i have to return something");
        Assert.Contains("within **45 days of delivery**", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("30 days", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationFee_QuotesBothConfiguredFees_AndTheReturnWindow()
    {
        var chat = new Chat(new ShopPolicyOptions { CancellationFeePercentBeforeProcessing = 1.5m, CancellationFeePercentWhileProcessing = 12m, ReturnWindowDays = 21 });
        var reply = await chat.SayAsync("is there a fee for cancelling an order");
        Assert.Contains("the fee is **1.5%** of the order total", reply.Text, StringComparison.Ordinal);
        Assert.Contains("the fee is **12%** of the order total", reply.Text, StringComparison.Ordinal);
        Assert.Contains("within 21 days of delivery", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Cancel my order", "What is your refund policy?"], Buttons(reply));
    }

    [Fact]
    public async Task AnIntentWithoutLeadIn_GetsExactlyTheKnowledgeAnswer()
    {
        var chat = new Chat(new ShopPolicyOptions());
        var reply = await chat.SayAsync("i forgot my password");
        var entry = chat.Knowledge.Find("recover_password")!;
        Assert.Equal(entry.Answer, reply.Text);
        Assert.Equal(entry.Suggestions, Buttons(reply));
    }

    [Fact]
    public async Task TheFaqSkill_SharesTheRouterWithSmallTalk()
    {
        var chat = new Chat(new ShopPolicyOptions());
        Assert.StartsWith("Here's how you can pay:\nWe accept:", (await chat.SayAsync("what payment methods do you accept")).Text, StringComparison.Ordinal);
        Assert.Matches("(?i)hi|hello|hey", (await chat.SayAsync("hi")).Text);
    }

    [Fact]
    public async Task Reply_UsesTheLeadInTemplate_AndOmitsButtonsWhenTheSectionHasNone()
    {
        var lg = new LgRenderer(LgParser.Parse("""
            # FaqAnswer
            - ${answer}
            # FaqAnswerSuggestions
            - ${suggestions}
            # FaqAnswerWithLeadIn
            - ${leadIn}
              ${answer}
            # FaqAnswerWithLeadInSuggestions
            - ${suggestions}
            # FaqLeadIn_review
            - About ${intent}:
            """, "faq.lg"), new RandomVariantPicker(1));
        var knowledge = new KnowledgeBase(
        [
            new KnowledgeEntry("review", "Up to ${policy.maxLineQuantity} stars.", ["Rate ${policy.maxLineQuantity}", "Later"], "k.md", 1),
            new KnowledgeEntry("complaint", "Tell us.", [], "k.md", 4),
        ]);
        var skill = new FaqSkill(knowledge, lg, Options.Create(new ShopPolicyOptions { MaxLineQuantity = 5 }));
        Assert.Equal(["complaint", "review"], skill.Intents.Order(StringComparer.Ordinal));

        var review = await HandleAsync(skill, "review");
        Assert.Equal("About review:\nUp to 5 stars.", review.Text);
        Assert.Equal(["Rate 5", "Later"], Buttons(review));

        var complaint = await HandleAsync(skill, "complaint");
        Assert.Equal("Tell us.", complaint.Text);
        Assert.Null(complaint.SuggestedActions);
    }

    [Fact]
    public async Task Reply_PrefersTheLeadInForTheMessagesSentiment()
    {
        var lg = new LgRenderer(LgParser.Parse("""
            # FaqAnswer
            - ${answer}
            # FaqAnswerWithLeadIn
            - ${leadIn}
              ${answer}
            # FaqLeadIn_review
            - About reviews:
            # FaqLeadIn_review_positive
            - Lovely to hear!
            """, "faq.lg"), new RandomVariantPicker(1));
        var skill = new FaqSkill(new KnowledgeBase([new KnowledgeEntry("review", "Write one on the product page.", [], "k.md", 1)]), lg, Options.Create(new ShopPolicyOptions()));
        Assert.Equal("Lovely to hear!\nWrite one on the product page.", (await HandleAsync(skill, "review", new SentimentResult("positive", 0.8))).Text);
        Assert.Equal("About reviews:\nWrite one on the product page.", (await HandleAsync(skill, "review", new SentimentResult("negative", -0.7))).Text);
        Assert.Equal("About reviews:\nWrite one on the product page.", (await HandleAsync(skill, "review")).Text);
    }

    [Fact]
    public async Task Handle_RejectsATurnWithoutAnIntentItCanAnswer()
    {
        var lg = LgRenderer.FromDirectory(FaqFiles.ResponsesDirectory, new RandomVariantPicker(1));
        var skill = new FaqSkill(new KnowledgeBase([new KnowledgeEntry("review", "text", [], "k.md", 1)]), lg, Options.Create(new ShopPolicyOptions()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(skill, "track_order"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(skill, null));
    }

    [Fact]
    public void Constructor_RequiresTheReplyTemplates()
    {
        var lg = new LgRenderer(LgParser.Parse("# FaqAnswer\n- ${answer}", "faq.lg"), new RandomVariantPicker(1));
        var error = Assert.Throws<InvalidOperationException>(() => new FaqSkill(new KnowledgeBase([]), lg, Options.Create(new ShopPolicyOptions())));
        Assert.Contains("FaqAnswerWithLeadIn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Router_RefusesKnowledgeThatClaimsAnotherSkillsIntent()
    {
        var lg = LgRenderer.FromDirectory(FaqFiles.ResponsesDirectory, new RandomVariantPicker(1));
        var faq = new FaqSkill(new KnowledgeBase([new KnowledgeEntry("greet", "Hello from the FAQ.", [], "k.md", 1)]), lg, Options.Create(new ShopPolicyOptions()));
        var error = Assert.Throws<InvalidOperationException>(() =>
            new SkillRouter([new SmallTalkSkill(lg), faq], new WelcomeSkill(lg), new FallbackSkill(lg), lg, NullLogger<SkillRouter>.Instance));
        Assert.Contains("'greet'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Activity> HandleAsync(FaqSkill skill, string? intent, SentimentResult? sentiment = null)
    {
        var sent = new List<Activity>();
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "question" }, new ConversationState("c"), (a, _) =>
        {
            sent.Add(a);
            return Task.FromResult<string?>(null);
        })
        {
            Recognized = intent is null ? null : new RecognizerResult("question", new IntentScore(intent, 0.9), [], [], sentiment ?? SentimentResult.Neutral),
        };
        await skill.HandleAsync(turn, CancellationToken.None);
        return Assert.Single(sent);
    }
}
