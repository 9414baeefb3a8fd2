namespace ShopBot.Skills.Data.Sqlite.Handoff;

/// <summary>Schema of the <c>handoff</c> module: the queue of conversations waiting for or owned by agents.</summary>
public static class HandoffMigrations
{
    public const string Module = "handoff";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "handoff queue", """
            CREATE TABLE handoff_queue (
                conversation_id TEXT PRIMARY KEY,
                channel_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                priority INTEGER NOT NULL,
                reason TEXT NOT NULL,
                summary TEXT NOT NULL,
                queued_at TEXT NOT NULL,
                owner TEXT NOT NULL,
                agent_id TEXT NULL,
                accepted_at TEXT NULL);
            CREATE INDEX ix_handoff_waiting ON handoff_queue(owner, priority DESC, queued_at);
            """),
        new(2, "handoff metrics per conversation", """
            CREATE TABLE handoff_metrics (
                conversation_id TEXT PRIMARY KEY,
                reason TEXT NOT NULL,
                queued_at TEXT NOT NULL,
                accepted_at TEXT NULL,
                agent_id TEXT NULL,
                ended_at TEXT NULL,
                outcome TEXT NULL,
                rating INTEGER NULL);
            """),
    ];
}
