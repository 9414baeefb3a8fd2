using System.Text.Json;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>Writes a generated <see cref="DemoShop"/> into the shop tables in one transaction with prepared inserts.</summary>
public static class SqliteDemoShopWriter
{
    /// <summary>Tables holding shop data, children first (the order to empty them in).</summary>
    private static readonly string[] Tables =
    [
        "demo_ground_truth", "change_requests", "audit_log", "product_interactions", "daily_sales", "price_history", "promotions", "invoices",
        "refunds", "returns", "tracking_events", "shipments", "payments", "order_lines", "orders", "products", "addresses", "customers",
    ];

    /// <summary>True when the shop has no products yet.</summary>
    public static async Task<bool> IsEmptyAsync(SqliteDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT EXISTS (SELECT 1 FROM products)");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Empties every shop table (the conversation tables of other modules are untouched), then writes <paramref name="shop"/>.</summary>
    public static async Task WriteAsync(SqliteDatabase database, DemoShop shop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(shop);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = connection.BeginTransaction(deferred: false);
        foreach (var table in Tables)
        {
            await using var delete = connection.Command($"DELETE FROM {table}", tx);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var insert = new PreparedInsert(connection, tx, "customers", "id", "name", "email", "postcode", "created_at"))
        {
            foreach (var c in shop.Customers) insert.Run(c.Id, c.Name, c.Email.ToLowerInvariant(), c.Postcode, ShopSql.Instant(c.CreatedAt));
        }

        using (var insert = new PreparedInsert(connection, tx, "addresses", "id", "customer_id", "label", "name", "line1", "line2", "city", "postcode", "country", "is_default"))
        {
            foreach (var a in shop.Addresses) insert.Run(a.Id, a.CustomerId, a.Label, a.Postal.Name, a.Postal.Line1, a.Postal.Line2, a.Postal.City, a.Postal.Postcode, a.Postal.Country, a.IsDefault ? 1 : 0);
        }

        using (var insert = new PreparedInsert(connection, tx, "products", "id", "sku", "name", "description", "category", "brand", "attributes", "price_cents", "cost_cents", "stock", "restock_date", "inbound_quantity", "supplier_lead_time_days", "image_url"))
        {
            foreach (var p in shop.Products)
            {
                insert.Run(p.Id, p.Sku, p.Name, p.Description, p.Category, p.Brand, ShopSql.AttributesJson(p.Attributes), p.PriceCents, p.CostCents, p.Stock,
                    ShopSql.DayOrNull(p.RestockDate), p.InboundQuantity, p.SupplierLeadTimeDays, p.ImageUrl);
            }
        }

        WriteOrders(connection, tx, shop);

        using (var insert = new PreparedInsert(connection, tx, "promotions", "id", "product_id", "category", "percent_off", "start_date", "end_date"))
        {
            foreach (var p in shop.Promotions) insert.Run(p.Id, p.ProductId, p.Category, p.PercentOff, ShopSql.Day(p.Start), ShopSql.Day(p.End));
        }

        using (var insert = new PreparedInsert(connection, tx, "price_history", "product_id", "price_cents", "valid_from", "valid_to"))
        {
            foreach (var p in shop.PriceHistory) insert.Run(p.ProductId, p.PriceCents, ShopSql.Day(p.ValidFrom), ShopSql.DayOrNull(p.ValidTo));
        }

        using (var insert = new PreparedInsert(connection, tx, "daily_sales", "product_id", "date", "units", "price_cents", "on_promotion"))
        {
            foreach (var s in shop.DailySales) insert.Run(s.ProductId, ShopSql.Day(s.Date), s.Units, s.PriceCents, s.OnPromotion ? 1 : 0);
        }

        using (var insert = new PreparedInsert(connection, tx, "product_interactions", "customer_id", "product_id", "kind", "value", "at"))
        {
            foreach (var i in shop.Interactions) insert.Run(i.CustomerId, i.ProductId, ShopSql.EnumText(i.Kind), i.Value, ShopSql.Instant(i.At));
        }

        using (var insert = new PreparedInsert(connection, tx, "demo_ground_truth", "product_id", "reference_price_cents", "base_level", "trend_per_year", "weekly_factors", "yearly_amplitude", "yearly_peak_day", "elasticity", "promo_lift", "series_start"))
        {
            foreach (var g in shop.GroundTruth)
            {
                insert.Run(g.ProductId, g.ReferencePriceCents, g.BaseLevel, g.TrendPerYear, JsonSerializer.Serialize(g.WeeklyFactors), g.YearlyAmplitude, g.YearlyPeakDay,
                    g.Elasticity, g.PromoLift, ShopSql.Day(g.SeriesStart));
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteOrders(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, DemoShop shop)
    {
        using var orders = new PreparedInsert(connection, tx, "orders", "number", "customer_id", "status", "placed_at", "subtotal_cents", "shipping_cents", "total_cents", "currency",
            "ship_name", "ship_line1", "ship_line2", "ship_city", "ship_postcode", "ship_country", "shipping_method", "version", "updated_at");
        using var lines = new PreparedInsert(connection, tx, "order_lines", "id", "order_number", "product_id", "sku", "product_name", "quantity", "unit_price_cents");
        using var payments = new PreparedInsert(connection, tx, "payments", "id", "order_number", "method", "status", "amount_cents", "created_at", "captured_at", "failure_reason");
        using var shipments = new PreparedInsert(connection, tx, "shipments", "id", "order_number", "carrier", "tracking_number", "status", "shipped_at", "estimated_delivery", "delivered_at");
        using var events = new PreparedInsert(connection, tx, "tracking_events", "id", "shipment_id", "at", "location", "description");
        using var returns = new PreparedInsert(connection, tx, "returns", "id", "order_number", "order_line_id", "quantity", "reason", "status", "label_reference", "created_at");
        using var refunds = new PreparedInsert(connection, tx, "refunds", "id", "order_number", "return_id", "amount_cents", "method", "status", "created_at", "completed_at");
        using var invoices = new PreparedInsert(connection, tx, "invoices", "number", "order_number", "issued_at", "amount_cents", "pdf_reference");
        foreach (var d in shop.Orders)
        {
            var o = d.Order;
            var a = o.ShippingAddress;
            orders.Run(o.Number, o.CustomerId, ShopSql.EnumText(o.Status), ShopSql.Instant(o.PlacedAt), o.SubtotalCents, o.ShippingCents, o.TotalCents, o.Currency,
                a.Name, a.Line1, a.Line2, a.City, a.Postcode, a.Country, o.ShippingMethod, o.Version, ShopSql.Instant(o.PlacedAt));
            foreach (var l in d.Lines) lines.Run(l.Id, l.OrderNumber, l.ProductId, l.Sku, l.ProductName, l.Quantity, l.UnitPriceCents);
            foreach (var p in d.Payments) payments.Run(p.Id, p.OrderNumber, p.Method, ShopSql.EnumText(p.Status), p.AmountCents, ShopSql.Instant(p.CreatedAt), ShopSql.InstantOrNull(p.CapturedAt), p.FailureReason);
            if (d.Shipment is { } s)
            {
                shipments.Run(s.Id, s.OrderNumber, s.Carrier, s.TrackingNumber, ShopSql.EnumText(s.Status), ShopSql.InstantOrNull(s.ShippedAt), ShopSql.DayOrNull(s.EstimatedDelivery), ShopSql.InstantOrNull(s.DeliveredAt));
                foreach (var e in s.Events) events.Run(e.Id, e.ShipmentId, ShopSql.Instant(e.At), e.Location, e.Description);
            }

            foreach (var r in d.Returns) returns.Run(r.Id, r.OrderNumber, r.OrderLineId, r.Quantity, r.Reason, ShopSql.EnumText(r.Status), r.LabelReference, ShopSql.Instant(r.CreatedAt));
            foreach (var r in d.Refunds) refunds.Run(r.Id, r.OrderNumber, r.ReturnId, r.AmountCents, r.Method, ShopSql.EnumText(r.Status), ShopSql.Instant(r.CreatedAt), ShopSql.InstantOrNull(r.CompletedAt));
            if (d.Invoice is { } i) invoices.Run(i.Number, i.OrderNumber, ShopSql.Instant(i.IssuedAt), i.AmountCents, i.PdfReference);
        }
    }
}
