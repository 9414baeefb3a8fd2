using ShopBot.Cli;
using ShopBot.Hosting;

if (CliApp.IsCommand(args)) return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ShopBotContentRoot.Locate() });
builder.AddShopBotConfiguration();
builder.Services
    .AddShopBotCore()
    .AddShopBotNlu()
    .AddShopBotDirectLine()
    .AddShopBotBotConnector()
    .AddShopBotHandoffAndAgents();

var app = builder.Build();
app.UseShopBotWeb();
app.MapShopBotEndpoints();
app.AnnounceChatPage();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can find it.</summary>
public partial class Program;
