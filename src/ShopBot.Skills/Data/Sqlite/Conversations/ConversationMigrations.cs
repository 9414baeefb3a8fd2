namespace ShopBot.Skills.Data.Sqlite.Conversations;

/// <summary>Schema of the <c>conversations</c> module: conversations, their transcripts and their state.</summary>
public static class ConversationMigrations
{
    public const string Module = "conversations";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "conversations, activities and conversation state", """
            CREATE TABLE conversations (
                id TEXT PRIMARY KEY,
                channel_id TEXT NOT NULL,
                user_id TEXT NULL,
                created_at TEXT NOT NULL,
                last_seq INTEGER NOT NULL DEFAULT 0,
                ended INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE activities (
                conversation_id TEXT NOT NULL REFERENCES conversations(id),
                seq INTEGER NOT NULL,
                activity_id TEXT NOT NULL,
                type TEXT NOT NULL,
                json TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            CREATE INDEX ix_activities_id ON activities(activity_id);
            CREATE TABLE conversation_state (
                conversation_id TEXT PRIMARY KEY,
                etag TEXT NOT NULL,
                json TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            """),
    ];
}
