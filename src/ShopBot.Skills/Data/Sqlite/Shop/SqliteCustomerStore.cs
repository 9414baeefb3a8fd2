using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="ICustomerStore"/>.</summary>
public sealed class SqliteCustomerStore(SqliteDatabase database) : ICustomerStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Customer?> GetByIdAsync(long customerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT {SqliteShopReaders.CustomerColumns} FROM customers WHERE id = $id").With("$id", customerId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteShopReaders.Customer(r) : null;
    }

    public async Task<Customer?> GetByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT {SqliteShopReaders.CustomerColumns} FROM customers WHERE email = $e").With("$e", email.Trim().ToLowerInvariant());
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteShopReaders.Customer(r) : null;
    }

    public async Task<IReadOnlyList<Address>> ListAddressesAsync(long customerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT id, customer_id, label, name, line1, line2, city, postcode, country, is_default FROM addresses WHERE customer_id = $c ORDER BY is_default DESC, id").With("$c", customerId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Address>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Address(r.GetInt64(0), r.GetInt64(1), r.GetString(2),
                new PostalAddress(r.GetString(3), r.GetString(4), r.NullableString(5), r.GetString(6), r.GetString(7), r.GetString(8)), r.GetInt64(9) != 0));
        }

        return list;
    }
}
