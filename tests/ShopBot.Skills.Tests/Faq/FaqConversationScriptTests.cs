using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Faq;
using ShopBot.Skills.Skills.SmallTalk;
using YamlDotNet.Serialization;

namespace ShopBot.Skills.Tests.Faq;

/// <summary>
/// Replays dialogs/conversations/faq.yml with each step's declared intent standing in for the NLU, so the script's
/// expectations are known to match the shipped knowledge and default policy (the host test adds the real NLU).
/// </summary>
public class FaqConversationScriptTests
{
    [Fact]
    public async Task FaqScript_PassesWithTheShippedKnowledge_WhenEachIntentIsRecognised()
    {
        var path = Path.Combine(Path.GetDirectoryName(FaqFiles.KnowledgeDirectory)!, "conversations", "faq.yml");
        var script = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(path));
        var steps = ((List<object>)script["steps"]).Cast<Dictionary<object, object>>().ToList();
        Assert.True(steps.Count >= 4, "faq.yml should exercise several policy questions");

        var lg = LgRenderer.FromDirectory(FaqFiles.ResponsesDirectory, new RandomVariantPicker(7));
        var faq = new FaqSkill(KnowledgeBase.FromDirectory(FaqFiles.KnowledgeDirectory), lg, Options.Create(new ShopPolicyOptions()));
        var router = new SkillRouter([new SmallTalkSkill(lg), faq], new WelcomeSkill(lg), new FallbackSkill(lg), lg, NullLogger<SkillRouter>.Instance);
        var state = new ConversationState("faq-script");
        foreach (var step in steps)
        {
            var text = (string)step["user"];
            var intent = (string)step["intent"];

            // Only the FAQ's own answers are replayed here; what the handoff layer adds (an offer of a person and
            // the shopper's reply to it) is checked by the host test with the real pipeline.
            if (!faq.Intents.Contains(intent)) continue;
            var sent = new List<Activity>();
            var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new ConversationAccount { Id = "faq-script" } }, state, (a, _) =>
            {
                sent.Add(a);
                return Task.FromResult<string?>(null);
            })
            {
                Recognized = new RecognizerResult(text, new IntentScore(intent, 0.9), [new IntentScore(intent, 0.9)], [], SentimentResult.Neutral),
            };
            await router.OnTurnAsync(turn, CancellationToken.None);

            var expect = ((List<object>)step["expect"]).Cast<Dictionary<object, object>>().First();
            var reply = Assert.Single(sent);
            var contains = expect["text_contains"] switch { List<object> list => list.Cast<string>(), var one => [(string)one] };
            foreach (var part in contains) Assert.True(reply.Text!.Contains(part, StringComparison.OrdinalIgnoreCase), $"'{text}': reply lacks '{part}': {reply.Text}");
            var offered = reply.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
            foreach (var button in expect.TryGetValue("suggestions", out var s) ? ((List<object>)s).Cast<string>() : [])
            {
                Assert.True(offered.Contains(button), $"'{text}': reply does not offer '{button}'");
            }
        }
    }
}
