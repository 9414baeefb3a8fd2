using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Charts;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Charts;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.Charts;

public sealed class ChartDeliveryTests : IAsyncLifetime
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>t</title></svg>";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shopbot-charts-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _time = new();
    private SqliteChartStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var database = new SqliteDatabase(Path.Combine(_folder, "charts.db"));
        await SqliteMigrator.MigrateAsync(database, ChartMigrations.Module, ChartMigrations.All);
        _store = new SqliteChartStore(database, _time);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private ChartDelivery Delivery(string? publicBaseUrl) => new(_store,
        LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(0)),
        Options.Create(new ChartOptions { PublicBaseUrl = publicBaseUrl }));

    private static TurnContext Turn(string? channel) => new(
        new Activity { Type = ActivityTypes.Message, ChannelId = channel, Conversation = new ConversationAccount { Id = "c1" } },
        new ConversationState("c1"), (_, _) => Task.FromResult<string?>(null));

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData(null)]
    public async Task Web_chat_gets_the_svg_inline(string? channel)
    {
        var attachment = Assert.Single(await Delivery("https://bot.example.com").AttachmentsAsync(Turn(channel), Svg, "c.svg", "Title", default));
        Assert.Equal("image/svg+xml", attachment.ContentType);
        Assert.StartsWith("data:image/svg+xml;base64,", attachment.ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_gets_a_link_card_to_the_stored_chart()
    {
        var attachment = Assert.Single(await Delivery("https://bot.example.com/shop/").AttachmentsAsync(Turn("msteams"), Svg, "c.svg", "Title", default));
        Assert.Equal(ChartDelivery.HeroCard, attachment.ContentType);
        var url = attachment.Content!.Value.GetProperty("buttons")[0].GetProperty("value").GetString()!;
        Assert.StartsWith("https://bot.example.com/shop/charts/", url, StringComparison.Ordinal);
        var id = url["https://bot.example.com/shop/charts/".Length..^".svg".Length];
        Assert.True(id.Length >= 22, id);
        Assert.Equal(Svg, (await _store.GetAsync(id))!.Svg);
        Assert.Contains("link works until", attachment.Content!.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_url_teams_gets_no_chart_and_nothing_is_stored()
    {
        Assert.Empty(await Delivery(null).AttachmentsAsync(Turn("msteams"), Svg, "c.svg", "Title", default));
    }

    [Fact]
    public async Task Links_expire_and_ids_are_unguessable()
    {
        var a = await _store.SaveAsync("a.svg", Svg, TimeSpan.FromHours(1));
        var b = await _store.SaveAsync("b.svg", Svg, TimeSpan.FromHours(1));
        Assert.NotEqual(a.Id, b.Id);
        Assert.NotNull(await _store.GetAsync(a.Id));
        Assert.Null(await _store.GetAsync("nope"));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Null(await _store.GetAsync(a.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync("x.svg", Svg, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new ChartOptions { PublicBaseUrl = "bot.example.com" }.Validate());
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
