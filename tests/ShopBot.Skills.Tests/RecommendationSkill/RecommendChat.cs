using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.Recommendations;
using ShopBot.Skills.Tests.Rendering;
using ShopBot.Skills.Tests.Support;

namespace ShopBot.Skills.Tests.RecommendationSkill;

/// <summary>
/// A conversation with the real router, recommendation skill, recommender service, stores and templates over a small
/// seeded demo shop (SQLite). The NLU is scripted: each message says its intent and entities.
/// </summary>
internal sealed class RecommendChat : IAsyncDisposable
{
    public static readonly DemoDataOptions Shop = new() { ProductCount = 80, CustomerCount = 60, OrderCount = 200, SalesDays = 28, BrowsedProductsPerCustomer = 6 };

    private readonly SkillTestHost _host;

    private RecommendChat(SkillTestHost host) => _host = host;

    public string ConversationId => _host.ConversationId;

    public RecommenderService Recommender => _host.Services.GetRequiredService<RecommenderService>();

    public RecommendationVocabulary Vocabulary => _host.Services.GetRequiredService<RecommendationVocabulary>();

    public IProductStore Products => _host.Services.GetRequiredService<IProductStore>();

    public IInteractionStore Interactions => _host.Services.GetRequiredService<IInteractionStore>();

    /// <summary>Starts a chat; <paramref name="trustedUserId"/> (e.g. dl_customer_1) makes the shopper a signed-in customer.</summary>
    public static async Task<RecommendChat> StartAsync(string? trustedUserId = null) =>
        new(await SkillTestHost.StartAsync(
            Shop,
            services =>
            {
                services.AddShopBotOrderSkills();
                services.AddShopBotRecommendations(_ => Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "entities"));
            },
            trustedUserId));

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities) => _host.SayAsync(text, intent, entities);

    /// <summary>The only reply, which must be a carousel of hero cards; returns it and its cards.</summary>
    public async Task<(Activity Reply, List<Card> Cards)> CarouselAsync(string text, string intent, params EntityMatch[] entities)
    {
        var reply = Assert.Single(await SayAsync(text, intent, entities));
        Assert.True(reply.AttachmentLayout == "carousel", $"not a carousel: {reply.Text}");
        Assert.NotNull(reply.Attachments);
        Assert.NotEmpty(reply.Attachments);
        return (reply, reply.Attachments.Select(Card.From).ToList());
    }

    /// <summary>The catalogue product a card shows (by its title).</summary>
    public async Task<Product> ProductOfAsync(Card card)
    {
        var all = await Products.SearchAsync(new ProductQuery { Limit = 10_000 });
        return Assert.Single(all, p => p.Name == card.Title);
    }

    public static EntityMatch List(string type, string text, string value, int typos = 0) =>
        new(text, 0, text.Length - 1, type, new Dictionary<string, object?> { ["value"] = value, ["typos"] = typos });

    public static EntityMatch At(EntityMatch m, string message)
    {
        var start = message.IndexOf(m.Text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{m.Text}' is not in '{message}'");
        return m with { Start = start, End = start + m.Text.Length - 1 };
    }

    public static EntityMatch Currency(string text, decimal value) =>
        new(text, 0, text.Length - 1, "currency", new Dictionary<string, object?> { ["value"] = value.ToString(CultureInfo.InvariantCulture), ["unit"] = "Pound", ["isoCurrency"] = "GBP" });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>A hero card's fields.</summary>
    public sealed record Card(string Title, string Subtitle, string Text, string ImageUrl, List<(string Title, string Value)> Buttons, string Json)
    {
        public static Card From(Attachment a)
        {
            Assert.Equal("application/vnd.microsoft.card.hero", a.ContentType);
            var c = a.Content!.Value;
            return new Card(
                c.GetProperty("title").GetString()!,
                c.GetProperty("subtitle").GetString()!,
                c.GetProperty("text").GetString()!,
                c.GetProperty("images")[0].GetProperty("url").GetString()!,
                [.. c.GetProperty("buttons").EnumerateArray().Select(b => (b.GetProperty("title").GetString()!, b.GetProperty("value").GetString()!))],
                c.GetRawText());
        }

        /// <summary>The price in minor units parsed back from "£1,234.56".</summary>
        public long PriceCents => (long)(decimal.Parse(Subtitle.TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture) * 100m);
    }
}
