using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="IInteractionStore"/>.</summary>
public sealed class SqliteInteractionStore(SqliteDatabase database) : IInteractionStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<IReadOnlyList<ProductInteraction>> GetAllAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT customer_id, product_id, kind, value, at FROM product_interactions ORDER BY at, customer_id, id", null, cancellationToken);

    public Task<IReadOnlyList<ProductInteraction>> GetForCustomerAsync(long customerId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT customer_id, product_id, kind, value, at FROM product_interactions WHERE customer_id = $c ORDER BY at, id", customerId, cancellationToken);

    public async Task AddAsync(ProductInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Kind == InteractionKind.Rating && interaction.Value is < 1 or > 5) throw new ArgumentException($"A rating must be 1..5, was {interaction.Value}.", nameof(interaction));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("INSERT INTO product_interactions (customer_id, product_id, kind, value, at) VALUES ($c, $p, $k, $v, $a)")
            .With("$c", interaction.CustomerId).With("$p", interaction.ProductId).With("$k", ShopSql.EnumText(interaction.Kind))
            .With("$v", interaction.Value).With("$a", ShopSql.Instant(interaction.At));
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ProductInteraction>> QueryAsync(string sql, long? customerId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command(sql);
        if (customerId is { } c) cmd.With("$c", c);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<ProductInteraction>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(new ProductInteraction(r.GetInt64(0), r.GetInt64(1), ShopSql.ParseEnum<InteractionKind>(r.GetString(2)), r.GetDouble(3), ShopSql.ParseInstant(r.GetString(4))));
        }

        return list;
    }
}
