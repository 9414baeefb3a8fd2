using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Conversation;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Conversations;

/// <summary>Runs every dialogs/conversations/*.yml script through the real pipeline of the real host (trained NLU, SQLite, templates).</summary>
[Collection("real-nlu")]
public sealed class ConversationScriptTests(RealNluShopBotFactory host) : IClassFixture<RealNluShopBotFactory>
{
    public static TheoryData<string> Scripts()
    {
        var folder = Path.Combine(Chromium.RepositoryRoot(), "dialogs", "conversations");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlaysAsWritten(string file)
    {
        var script = ConversationScript.Load(Path.Combine(Chromium.RepositoryRoot(), "dialogs", "conversations", file));
        if (script.Shop)
        {
            // Scripts change orders; each starts from the same demo shop (the host's seed and sizes).
            await DemoDataSeeder.SeedAsync(host.Services.GetRequiredService<SqliteDatabase>(), host.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value, TimeProvider.System, force: true);
        }

        var turns = host.Services.GetRequiredService<TurnProcessor>();
        var store = host.Services.GetRequiredService<IConversationStore>();
        var conversationId = "script-" + Guid.NewGuid().ToString("N");
        await store.CreateAsync(conversationId, script.Channel, script.TrustedUser);
        var user = new ChannelAccount { Id = "u-" + conversationId, Role = RoleTypes.User };
        var bot = new ChannelAccount { Id = "shopbot", Role = RoleTypes.Bot };

        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            var where = $"{file} step {i + 1} ({(step.Join ? "join" : $"user: {step.User}")})";
            var activity = new Activity
            {
                Type = step.Join ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
                Id = $"{conversationId}|in{i}",
                Text = step.User,
                From = user,
                Recipient = bot,
                Conversation = new ConversationAccount { Id = conversationId },
                ChannelId = script.Channel,
                Locale = "en-US",
                Timestamp = DateTimeOffset.UtcNow,
                MembersAdded = step.Join ? [bot, user] : null,
            };
            var turn = await turns.ProcessAsync(activity, (a, _) => Task.FromResult<string?>(Guid.NewGuid().ToString("N")));

            if (step.Intent is not null)
            {
                Assert.True(turn.Recognized?.Intent.Name == step.Intent, $"{where}: expected intent {step.Intent}, recognised {turn.Recognized?.Intent.Name} ({turn.Recognized?.Intent.Confidence:0.00})");
            }

            var messages = turn.Sent.Where(a => a.Type == ActivityTypes.Message).ToList();
            Assert.True(messages.Count == step.Expect.Count, $"{where}: expected {step.Expect.Count} bot message(s), got {messages.Count}: {string.Join(" || ", messages.Select(m => m.Text))}");
            for (var m = 0; m < messages.Count; m++)
            {
                var text = messages[m].Text ?? string.Empty;
                var expect = step.Expect[m];
                foreach (var part in expect.ContainsAll) Assert.True(text.Contains(part, StringComparison.OrdinalIgnoreCase), $"{where}: message {m + 1} lacks '{part}': {text}");
                if (expect.TextMatches is not null) Assert.True(Regex.IsMatch(text, expect.TextMatches), $"{where}: message {m + 1} does not match /{expect.TextMatches}/: {text}");
                var offered = messages[m].SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
                foreach (var s in expect.Suggestions ?? []) Assert.True(offered.Contains(s), $"{where}: message {m + 1} does not offer '{s}' (offers: {string.Join(", ", offered)})");
                var carried = messages[m].Attachments?.Select(a => a.ContentType ?? "").ToList() ?? [];
                foreach (var type in expect.Attachments ?? []) Assert.True(carried.Contains(type), $"{where}: message {m + 1} has no {type} attachment (has: {string.Join(", ", carried)})");
                if (expect.NoAttachments) Assert.True(carried.Count == 0, $"{where}: message {m + 1} must carry no attachments, has: {string.Join(", ", carried)}");
            }

            if (step.ThenOrder is { } expected)
            {
                var order = await host.Services.GetRequiredService<IOrderStore>().GetAsync(expected.Number);
                Assert.True(order is not null, $"{where}: order {expected.Number} is not in the database");
                if (expected.Status is not null) Assert.Equal(expected.Status, order.Order.Status.ToString().ToLowerInvariant());
                if (expected.Returns is not null) Assert.Equal(expected.Returns, order.Returns.Count);
                if (expected.Postcode is not null) Assert.Equal(expected.Postcode, order.Order.ShippingAddress.Postcode);
            }
        }
    }
}
