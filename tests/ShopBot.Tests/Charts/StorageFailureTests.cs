using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Charts;

/// <summary>An endpoint whose database has gone away answers a clear 503 problem, not an empty 500.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task A_missing_table_is_a_503_problem_with_retry_after_and_no_internals()
    {
        await using var factory = new ShopBotFactory();
        using var http = factory.CreateClient();
        using (var before = await http.GetAsync("/charts/AAAAAAAAAAAAAAAAAAAAAA.svg")) Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        // The storage breaks under the running host (a restore gone wrong, a dropped table).
        await using (var connection = await factory.Services.GetRequiredService<SqliteDatabase>().OpenAsync())
        await using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TABLE charts";
            await drop.ExecuteNonQueryAsync();
        }

        using var response = await http.GetAsync("/charts/AAAAAAAAAAAAAAAAAAAAAA.svg");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.RetryAfter is not null);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Contains("database", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem["traceId"]?.GetValue<string>()));
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
    }
}
