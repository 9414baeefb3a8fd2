namespace ShopBot.Skills.Data.Sqlite.Charts;

/// <summary>Schema of the <c>charts</c> module: charts kept for links.</summary>
public static class ChartMigrations
{
    public const string Module = "charts";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "charts served by link", """
            CREATE TABLE charts (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                svg TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL);
            CREATE INDEX ix_charts_expiry ON charts(expires_at);
            """),
    ];
}
