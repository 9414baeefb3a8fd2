using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="IOrderStore"/>.</summary>
public sealed class SqliteOrderStore(SqliteDatabase database) : IOrderStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<OrderDetails?> GetAsync(int orderNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteShopReaders.ReadDetailsAsync(connection, null, orderNumber, cancellationToken).ConfigureAwait(false);
    }

    public async Task<OrderDetails?> GetForCustomerAsync(int orderNumber, long customerId, CancellationToken cancellationToken = default)
    {
        var details = await GetAsync(orderNumber, cancellationToken).ConfigureAwait(false);
        return details is not null && details.Order.CustomerId == customerId ? details : null;
    }

    public async Task<IReadOnlyList<Order>> ListForCustomerAsync(long customerId, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > 1000) throw new ArgumentException($"Limit must be 1..1000, was {limit}.", nameof(limit));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT {SqliteShopReaders.OrderColumns} FROM orders WHERE customer_id = $c ORDER BY placed_at DESC, number DESC LIMIT $l")
            .With("$c", customerId).With("$l", limit);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Order>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(SqliteShopReaders.Order(r));
        return list;
    }

    public async Task<Customer?> VerifyAsync(int orderNumber, string emailOrPostcode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(emailOrPostcode)) return null;
        var proof = emailOrPostcode.Trim();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"""
            SELECT c.id, c.name, c.email, c.postcode, c.created_at
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.number = $n
              AND (c.email = $email
                   OR upper(replace(c.postcode, ' ', '')) = $pc
                   OR upper(replace(o.ship_postcode, ' ', '')) = $pc)
            """).With("$n", orderNumber).With("$email", proof.ToLowerInvariant()).With("$pc", ShopSql.PostcodeKey(proof));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteShopReaders.Customer(r) : null;
    }
}
