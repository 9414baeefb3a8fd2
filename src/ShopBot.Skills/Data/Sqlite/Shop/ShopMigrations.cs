namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>
/// The shop schema (module <c>shop</c>). Money is INTEGER minor units (cents/pence) so sums are exact; dates are
/// ISO-8601 text: instants as UTC <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, calendar days as <c>yyyy-MM-dd</c>.
/// Enums are lower-case snake_case text. Never edit an applied step: add a new one.
/// </summary>
public static class ShopMigrations
{
    /// <summary>Module name in <c>schema_migrations</c>.</summary>
    public const string Module = "shop";

    /// <summary>All steps, in order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "shop catalog, customers, orders, payments, shipments, returns, refunds, invoices, sales, interactions, audit, idempotency", """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                email TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
                postcode TEXT NOT NULL,
                created_at TEXT NOT NULL);

            CREATE TABLE addresses (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers(id),
                label TEXT NOT NULL,
                name TEXT NOT NULL,
                line1 TEXT NOT NULL,
                line2 TEXT,
                city TEXT NOT NULL,
                postcode TEXT NOT NULL,
                country TEXT NOT NULL,
                is_default INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX ix_addresses_customer ON addresses(customer_id);

            CREATE TABLE products (
                id INTEGER PRIMARY KEY,
                sku TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                category TEXT NOT NULL,
                brand TEXT NOT NULL,
                attributes TEXT NOT NULL DEFAULT '{}',
                price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
                cost_cents INTEGER NOT NULL CHECK (cost_cents >= 0),
                stock INTEGER NOT NULL CHECK (stock >= 0),
                restock_date TEXT,
                inbound_quantity INTEGER NOT NULL DEFAULT 0,
                supplier_lead_time_days INTEGER NOT NULL,
                image_url TEXT NOT NULL);
            CREATE INDEX ix_products_category ON products(category);
            CREATE INDEX ix_products_brand ON products(brand);

            CREATE TABLE orders (
                number INTEGER PRIMARY KEY CHECK (number BETWEEN 100000 AND 999999),
                customer_id INTEGER NOT NULL REFERENCES customers(id),
                status TEXT NOT NULL CHECK (status IN ('pending','paid','processing','shipped','delivered','cancelled','returned')),
                placed_at TEXT NOT NULL,
                subtotal_cents INTEGER NOT NULL,
                shipping_cents INTEGER NOT NULL,
                total_cents INTEGER NOT NULL,
                currency TEXT NOT NULL,
                ship_name TEXT NOT NULL,
                ship_line1 TEXT NOT NULL,
                ship_line2 TEXT,
                ship_city TEXT NOT NULL,
                ship_postcode TEXT NOT NULL,
                ship_country TEXT NOT NULL,
                shipping_method TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at TEXT NOT NULL);
            CREATE INDEX ix_orders_customer ON orders(customer_id, placed_at);

            CREATE TABLE order_lines (
                id INTEGER PRIMARY KEY,
                order_number INTEGER NOT NULL REFERENCES orders(number),
                product_id INTEGER NOT NULL REFERENCES products(id),
                sku TEXT NOT NULL,
                product_name TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price_cents INTEGER NOT NULL);
            CREATE INDEX ix_order_lines_order ON order_lines(order_number);

            CREATE TABLE payments (
                id INTEGER PRIMARY KEY,
                order_number INTEGER NOT NULL REFERENCES orders(number),
                method TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending','captured','failed')),
                amount_cents INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                captured_at TEXT,
                failure_reason TEXT);
            CREATE INDEX ix_payments_order ON payments(order_number);

            CREATE TABLE shipments (
                id INTEGER PRIMARY KEY,
                order_number INTEGER NOT NULL REFERENCES orders(number),
                carrier TEXT NOT NULL,
                tracking_number TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL CHECK (status IN ('label_created','in_transit','out_for_delivery','delivered')),
                shipped_at TEXT,
                estimated_delivery TEXT,
                delivered_at TEXT);
            CREATE INDEX ix_shipments_order ON shipments(order_number);

            CREATE TABLE tracking_events (
                id INTEGER PRIMARY KEY,
                shipment_id INTEGER NOT NULL REFERENCES shipments(id),
                at TEXT NOT NULL,
                location TEXT NOT NULL,
                description TEXT NOT NULL);
            CREATE INDEX ix_tracking_events_shipment ON tracking_events(shipment_id, at);

            CREATE TABLE returns (
                id INTEGER PRIMARY KEY,
                order_number INTEGER NOT NULL REFERENCES orders(number),
                order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                reason TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('requested','received','completed','rejected')),
                label_reference TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE INDEX ix_returns_order ON returns(order_number);

            CREATE TABLE refunds (
                id INTEGER PRIMARY KEY,
                order_number INTEGER NOT NULL REFERENCES orders(number),
                return_id INTEGER REFERENCES returns(id),
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                method TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending','processing','completed','failed')),
                created_at TEXT NOT NULL,
                completed_at TEXT);
            CREATE INDEX ix_refunds_order ON refunds(order_number);

            CREATE TABLE invoices (
                number TEXT PRIMARY KEY,
                order_number INTEGER NOT NULL UNIQUE REFERENCES orders(number),
                issued_at TEXT NOT NULL,
                amount_cents INTEGER NOT NULL,
                pdf_reference TEXT NOT NULL);

            CREATE TABLE promotions (
                id INTEGER PRIMARY KEY,
                product_id INTEGER REFERENCES products(id),
                category TEXT,
                percent_off INTEGER NOT NULL CHECK (percent_off BETWEEN 1 AND 90),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                CHECK (product_id IS NOT NULL OR category IS NOT NULL));
            CREATE INDEX ix_promotions_product ON promotions(product_id, start_date);

            CREATE TABLE price_history (
                product_id INTEGER NOT NULL REFERENCES products(id),
                price_cents INTEGER NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT,
                PRIMARY KEY (product_id, valid_from));

            CREATE TABLE daily_sales (
                product_id INTEGER NOT NULL REFERENCES products(id),
                date TEXT NOT NULL,
                units INTEGER NOT NULL CHECK (units >= 0),
                price_cents INTEGER NOT NULL,
                on_promotion INTEGER NOT NULL,
                PRIMARY KEY (product_id, date)) WITHOUT ROWID;

            CREATE TABLE product_interactions (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers(id),
                product_id INTEGER NOT NULL REFERENCES products(id),
                kind TEXT NOT NULL CHECK (kind IN ('view','cart','purchase','rating')),
                value REAL NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX ix_interactions_customer ON product_interactions(customer_id, at);

            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                details TEXT NOT NULL,
                conversation_id TEXT,
                at TEXT NOT NULL);
            CREATE INDEX ix_audit_entity ON audit_log(entity, entity_id);
            CREATE INDEX ix_audit_conversation ON audit_log(conversation_id);

            CREATE TABLE change_requests (
                idempotency_key TEXT PRIMARY KEY,
                action TEXT NOT NULL,
                order_number INTEGER NOT NULL,
                request_hash TEXT NOT NULL,
                result TEXT NOT NULL,
                created_at TEXT NOT NULL);

            CREATE TABLE demo_ground_truth (
                product_id INTEGER PRIMARY KEY REFERENCES products(id),
                reference_price_cents INTEGER NOT NULL,
                base_level REAL NOT NULL,
                trend_per_year REAL NOT NULL,
                weekly_factors TEXT NOT NULL,
                yearly_amplitude REAL NOT NULL,
                yearly_peak_day INTEGER NOT NULL,
                elasticity REAL NOT NULL,
                promo_lift REAL NOT NULL,
                series_start TEXT NOT NULL);
            """),
    ];

    /// <summary>Applies the shop migrations that are missing; returns how many ran.</summary>
    public static Task<int> ApplyAsync(SqliteDatabase database, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        SqliteMigrator.MigrateAsync(database, Module, All, time, cancellationToken);
}
