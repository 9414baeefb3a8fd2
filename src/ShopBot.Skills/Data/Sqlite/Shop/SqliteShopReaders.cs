using Microsoft.Data.Sqlite;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>Column lists and row mappers shared by the shop stores.</summary>
internal static class SqliteShopReaders
{
    public const string CustomerColumns = "id, name, email, postcode, created_at";

    public const string ProductColumns = "id, sku, name, description, category, brand, attributes, price_cents, cost_cents, stock, restock_date, inbound_quantity, supplier_lead_time_days, image_url";

    public const string OrderColumns = "number, customer_id, status, placed_at, subtotal_cents, shipping_cents, total_cents, currency, ship_name, ship_line1, ship_line2, ship_city, ship_postcode, ship_country, shipping_method, version";

    public static Customer Customer(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ShopSql.ParseInstant(r.GetString(4)));

    public static Product Product(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        ShopSql.ParseAttributes(r.GetString(6)), r.GetInt64(7), r.GetInt64(8), r.GetInt32(9), r.NullableDay(10),
        r.GetInt32(11), r.GetInt32(12), r.GetString(13));

    public static Order Order(SqliteDataReader r) => new(
        r.GetInt32(0), r.GetInt64(1), ShopSql.ParseEnum<OrderStatus>(r.GetString(2)), ShopSql.ParseInstant(r.GetString(3)),
        r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetString(7),
        new PostalAddress(r.GetString(8), r.GetString(9), r.NullableString(10), r.GetString(11), r.GetString(12), r.GetString(13)),
        r.GetString(14), r.GetInt32(15));

    /// <summary>Reads an order with everything attached, inside <paramref name="transaction"/> when given.</summary>
    public static async Task<OrderDetails?> ReadDetailsAsync(SqliteConnection connection, SqliteTransaction? transaction, int orderNumber, CancellationToken ct)
    {
        Order? order = null;
        await using (var cmd = connection.Command($"SELECT {OrderColumns} FROM orders WHERE number = $n", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (await r.ReadAsync(ct).ConfigureAwait(false)) order = Order(r);
        }

        if (order is null) return null;

        var lines = new List<OrderLine>();
        await using (var cmd = connection.Command("SELECT id, order_number, product_id, sku, product_name, quantity, unit_price_cents FROM order_lines WHERE order_number = $n ORDER BY id", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false)) lines.Add(new OrderLine(r.GetInt64(0), r.GetInt32(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt64(6)));
        }

        Shipment? shipment = null;
        await using (var cmd = connection.Command("SELECT id, order_number, carrier, tracking_number, status, shipped_at, estimated_delivery, delivered_at FROM shipments WHERE order_number = $n ORDER BY id DESC LIMIT 1", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                shipment = new Shipment(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetString(3), ShopSql.ParseEnum<ShipmentStatus>(r.GetString(4)),
                    r.NullableInstant(5), r.NullableDay(6), r.NullableInstant(7), []);
            }
        }

        if (shipment is not null)
        {
            var events = new List<TrackingEvent>();
            await using var cmd = connection.Command("SELECT id, shipment_id, at, location, description FROM tracking_events WHERE shipment_id = $s ORDER BY at, id", transaction).With("$s", shipment.Id);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false)) events.Add(new TrackingEvent(r.GetInt64(0), r.GetInt64(1), ShopSql.ParseInstant(r.GetString(2)), r.GetString(3), r.GetString(4)));
            shipment = shipment with { Events = events };
        }

        var payments = new List<Payment>();
        await using (var cmd = connection.Command("SELECT id, order_number, method, status, amount_cents, created_at, captured_at, failure_reason FROM payments WHERE order_number = $n ORDER BY id", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                payments.Add(new Payment(r.GetInt64(0), r.GetInt32(1), r.GetString(2), ShopSql.ParseEnum<PaymentStatus>(r.GetString(3)), r.GetInt64(4),
                    ShopSql.ParseInstant(r.GetString(5)), r.NullableInstant(6), r.NullableString(7)));
            }
        }

        var returns = new List<OrderReturn>();
        await using (var cmd = connection.Command("SELECT id, order_number, order_line_id, quantity, reason, status, label_reference, created_at FROM returns WHERE order_number = $n ORDER BY id", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                returns.Add(new OrderReturn(r.GetInt64(0), r.GetInt32(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), ShopSql.ParseEnum<ReturnStatus>(r.GetString(5)),
                    r.GetString(6), ShopSql.ParseInstant(r.GetString(7))));
            }
        }

        var refunds = new List<Refund>();
        await using (var cmd = connection.Command("SELECT id, order_number, return_id, amount_cents, method, status, created_at, completed_at FROM refunds WHERE order_number = $n ORDER BY id", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                refunds.Add(new Refund(r.GetInt64(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetInt64(3), r.GetString(4),
                    ShopSql.ParseEnum<RefundStatus>(r.GetString(5)), ShopSql.ParseInstant(r.GetString(6)), r.NullableInstant(7)));
            }
        }

        Invoice? invoice = null;
        await using (var cmd = connection.Command("SELECT number, order_number, issued_at, amount_cents, pdf_reference FROM invoices WHERE order_number = $n", transaction).With("$n", orderNumber))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (await r.ReadAsync(ct).ConfigureAwait(false)) invoice = new Invoice(r.GetString(0), r.GetInt32(1), ShopSql.ParseInstant(r.GetString(2)), r.GetInt64(3), r.GetString(4));
        }

        return new OrderDetails(order, lines, shipment, payments, returns, refunds, invoice);
    }
}
