using ShopBot.Cli;

if (CliApp.IsCommand(args)) return await CliApp.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can find it.</summary>
public partial class Program;
