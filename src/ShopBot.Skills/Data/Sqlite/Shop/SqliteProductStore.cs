using System.Text;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="IProductStore"/>.</summary>
public sealed class SqliteProductStore(SqliteDatabase database) : IProductStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Product?> GetByIdAsync(long productId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT {SqliteShopReaders.ProductColumns} FROM products WHERE id = $id").With("$id", productId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteShopReaders.Product(r) : null;
    }

    public async Task<Product?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sku);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT {SqliteShopReaders.ProductColumns} FROM products WHERE sku = $s").With("$s", sku.Trim().ToUpperInvariant());
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteShopReaders.Product(r) : null;
    }

    public async Task<IReadOnlyList<Product>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 10000) throw new ArgumentException($"Limit must be 1..10000, was {query.Limit}.", nameof(query));
        if (query.MinPriceCents > query.MaxPriceCents) throw new ArgumentException("The minimum price is above the maximum price.", nameof(query));

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {SqliteShopReaders.ProductColumns} FROM products WHERE 1 = 1");
        var words = (query.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            sql.Append($" AND (name LIKE $w{i} ESCAPE '\\' OR description LIKE $w{i} ESCAPE '\\' OR brand LIKE $w{i} ESCAPE '\\' OR sku LIKE $w{i} ESCAPE '\\' OR category LIKE $w{i} ESCAPE '\\')");
            cmd.With($"$w{i}", "%" + EscapeLike(words[i]) + "%");
        }

        if (!string.IsNullOrWhiteSpace(query.Category)) { sql.Append(" AND category = $cat COLLATE NOCASE"); cmd.With("$cat", query.Category.Trim()); }
        if (!string.IsNullOrWhiteSpace(query.Brand)) { sql.Append(" AND brand = $brand COLLATE NOCASE"); cmd.With("$brand", query.Brand.Trim()); }
        if (query.MinPriceCents is { } min) { sql.Append(" AND price_cents >= $min"); cmd.With("$min", min); }
        if (query.MaxPriceCents is { } max) { sql.Append(" AND price_cents <= $max"); cmd.With("$max", max); }
        if (query.InStockOnly) sql.Append(" AND stock > 0");
        sql.Append(" ORDER BY name, id LIMIT $limit");
        cmd.With("$limit", query.Limit);
        cmd.CommandText = sql.ToString();

        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Product>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(SqliteShopReaders.Product(r));
        return list;
    }

    public async Task<IReadOnlyList<string>> ListCategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT DISTINCT category FROM products ORDER BY category");
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<string>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(r.GetString(0));
        return list;
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
