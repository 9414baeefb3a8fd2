using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite;

namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>
/// Keeps given quotes in SQLite (module <c>quotes</c>). The request and the quote are stored as JSON with exact decimals;
/// the columns used for look-up (conversation, customer, time, total) are stored beside them.
/// </summary>
public sealed class QuoteStore
{
    /// <summary>Schema of the <c>quotes</c> module.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "quotes table", """
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                customer_id TEXT NULL,
                quoted_at TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                currency TEXT NOT NULL,
                total TEXT NOT NULL,
                request_json TEXT NOT NULL,
                quote_json TEXT NOT NULL);
            CREATE INDEX ix_quotes_conversation ON quotes (conversation_id, quoted_at);
            CREATE INDEX ix_quotes_customer ON quotes (customer_id, quoted_at);
            """),
        new(2, "coupon redemptions", """
            CREATE TABLE coupon_redemptions (
                customer_id TEXT NOT NULL,
                code TEXT NOT NULL,
                redeemed_at TEXT NOT NULL,
                order_id TEXT NULL,
                PRIMARY KEY (customer_id, code));
            """),
    ];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly SqliteDatabase _database;

    /// <summary>Creates a store over <paramref name="database"/>; call <see cref="InitializeAsync"/> once at start-up.</summary>
    public QuoteStore(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Applies the module's migrations.</summary>
    public Task InitializeAsync(TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        SqliteMigrator.MigrateAsync(_database, "quotes", Migrations, time, cancellationToken);

    /// <summary>Stores a quote that was shown; returns its id. Only successful quotes can be stored.</summary>
    public async Task<long> SaveAsync(string conversationId, string? customerId, QuoteRequest request, Quote quote, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(quote);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO quotes (conversation_id, customer_id, quoted_at, valid_until, currency, total, request_json, quote_json)
            VALUES ($conversation, $customer, $at, $until, $currency, $total, $request, $quote);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$customer", (object?)customerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Instant(quote.QuotedAt));
        command.Parameters.AddWithValue("$until", Instant(quote.ValidUntil));
        command.Parameters.AddWithValue("$currency", quote.Currency);
        command.Parameters.AddWithValue("$total", quote.Total.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$request", JsonSerializer.Serialize(request, Json));
        command.Parameters.AddWithValue("$quote", JsonSerializer.Serialize(quote, Json));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>The quote with <paramref name="id"/>, or null.</summary>
    public async Task<StoredQuote?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, conversation_id, customer_id, request_json, quote_json FROM quotes WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var found = await ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// Quotes given in <paramref name="conversationId"/> or to <paramref name="customerId"/> at or after
    /// <paramref name="since"/>, newest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<StoredQuote>> FindAsync(string conversationId, string? customerId, DateTimeOffset since, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (limit < 1) throw new ArgumentException("The limit must be at least 1.", nameof(limit));
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, conversation_id, customer_id, request_json, quote_json FROM quotes
            WHERE (conversation_id = $conversation OR ($customer IS NOT NULL AND customer_id = $customer)) AND quoted_at >= $since
            ORDER BY quoted_at DESC, id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$customer", (object?)customerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", Instant(since));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that <paramref name="customerId"/> redeemed <paramref name="couponCode"/> (checkout calls this when an order
    /// with the coupon is placed). Returns false when it was already redeemed: a single-use coupon cannot be used twice.
    /// </summary>
    public async Task<bool> RecordRedemptionAsync(string customerId, string couponCode, DateTimeOffset at, string? orderId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(couponCode);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO coupon_redemptions (customer_id, code, redeemed_at, order_id) VALUES ($customer, $code, $at, $order)
            ON CONFLICT (customer_id, code) DO NOTHING
            """;
        command.Parameters.AddWithValue("$customer", customerId);
        command.Parameters.AddWithValue("$code", couponCode.Trim().ToUpperInvariant());
        command.Parameters.AddWithValue("$at", Instant(at));
        command.Parameters.AddWithValue("$order", (object?)orderId ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The coupon codes (upper case) <paramref name="customerId"/> has redeemed.</summary>
    public async Task<ICouponRedemptions> GetRedemptionsAsync(string customerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT code FROM coupon_redemptions WHERE customer_id = $customer";
        command.Parameters.AddWithValue("$customer", customerId);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) codes.Add(reader.GetString(0));
        return new RedeemedCoupons(customerId, codes);
    }

    /// <summary>UTC, fixed width, so text order is time order.</summary>
    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static async Task<List<StoredQuote>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<StoredQuote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var request = JsonSerializer.Deserialize<QuoteRequest>(reader.GetString(3), Json)
                ?? throw new InvalidDataException($"Quote {reader.GetInt64(0)} has no request.");
            var quote = JsonSerializer.Deserialize<Quote>(reader.GetString(4), Json)
                ?? throw new InvalidDataException($"Quote {reader.GetInt64(0)} has no body.");
            result.Add(new StoredQuote(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), request, quote));
        }
        return result;
    }
}
