using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>
/// SQLite implementation of <see cref="IOrderChangeStore"/>. Every change runs in one <c>BEGIN IMMEDIATE</c>
/// transaction: idempotency check, fresh read of the order, <see cref="OrderChangePolicy"/> check, a conditional
/// <c>UPDATE orders ... WHERE version = $v</c>, the change itself, an <c>audit_log</c> row and the remembered result.
/// </summary>
public sealed partial class SqliteOrderChangeStore : IOrderChangeStore
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private static readonly string[] RefundMethods = ["original_payment", "store_credit"];
    private readonly SqliteDatabase database;
    private readonly OrderChangePolicy policy;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public SqliteOrderChangeStore(SqliteDatabase database, OrderChangePolicy policy, TimeProvider time, ILogger<SqliteOrderChangeStore>? logger = null)
    {
        this.database = database ?? throw new ArgumentNullException(nameof(database));
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<ChangeResult> CancelOrderAsync(int orderNumber, ChangeContext context, CancellationToken cancellationToken = default) =>
        RunAsync("order.cancel", orderNumber, string.Empty, context, async (scope, details) =>
        {
            var decision = policy.EvaluateCancel(details);
            if (!decision.Allowed) return (ChangeResult.Refused(orderNumber, decision.Reason, decision.Message), null);
            await scope.ExecAsync("UPDATE orders SET status = 'cancelled' WHERE number = $n", ("$n", orderNumber)).ConfigureAwait(false);
            foreach (var line in details.Lines)
            {
                await scope.ExecAsync("UPDATE products SET stock = stock + $q WHERE id = $p", ("$q", line.Quantity), ("$p", line.ProductId)).ConfigureAwait(false);
            }

            await scope.ExecAsync("UPDATE payments SET status = 'failed', failure_reason = 'order_cancelled' WHERE order_number = $n AND status = 'pending'", ("$n", orderNumber)).ConfigureAwait(false);
            long? refundId = decision.AmountCents > 0 ? await InsertRefundAsync(scope, orderNumber, null, decision.AmountCents, "original_payment").ConfigureAwait(false) : null;
            var result = new ChangeResult(ChangeStatus.Applied, ChangeReason.None, $"Order {orderNumber} is cancelled.", orderNumber, refundId, decision.AmountCents, decision.FeeCents);
            return (result, new { from = Text(details.Order.Status), to = "cancelled", refund_cents = decision.AmountCents, fee_cents = decision.FeeCents, refund_id = refundId });
        }, cancellationToken);

    public Task<ChangeResult> ChangeShippingAddressAsync(int orderNumber, PostalAddress address, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (string.IsNullOrWhiteSpace(address.Name) || string.IsNullOrWhiteSpace(address.Line1) || string.IsNullOrWhiteSpace(address.City)
            || string.IsNullOrWhiteSpace(address.Postcode) || string.IsNullOrWhiteSpace(address.Country))
        {
            throw new ArgumentException("An address needs a name, a first line, a city, a postcode and a country.", nameof(address));
        }

        var request = JsonSerializer.Serialize(address);
        return RunAsync("order.change_address", orderNumber, request, context, async (scope, details) =>
        {
            var decision = policy.EvaluateAddressChange(details);
            if (!decision.Allowed) return (ChangeResult.Refused(orderNumber, decision.Reason, decision.Message), null);
            await scope.ExecAsync("""
                UPDATE orders SET ship_name = $a, ship_line1 = $b, ship_line2 = $c, ship_city = $d, ship_postcode = $e, ship_country = $f
                WHERE number = $n
                """, ("$a", address.Name.Trim()), ("$b", address.Line1.Trim()), ("$c", address.Line2?.Trim()), ("$d", address.City.Trim()),
                ("$e", address.Postcode.Trim().ToUpperInvariant()), ("$f", address.Country.Trim()), ("$n", orderNumber)).ConfigureAwait(false);
            var result = new ChangeResult(ChangeStatus.Applied, ChangeReason.None, $"The delivery address of order {orderNumber} is changed.", orderNumber);
            return (result, new { before = details.Order.ShippingAddress, after = address });
        }, cancellationToken);
    }

    public Task<ChangeResult> ChangeLineQuantityAsync(int orderNumber, long lineId, int newQuantity, ChangeContext context, CancellationToken cancellationToken = default) =>
        RunAsync("order.change_line", orderNumber, $"{lineId}:{newQuantity}", context, async (scope, details) =>
        {
            var decision = policy.EvaluateLineChange(details, lineId, newQuantity);
            if (!decision.Allowed) return (ChangeResult.Refused(orderNumber, decision.Reason, decision.Message), null);
            var line = details.Lines.Single(l => l.Id == lineId);
            var delta = newQuantity - line.Quantity;
            if (delta > 0)
            {
                var stock = await scope.ScalarAsync("SELECT stock FROM products WHERE id = $p", ("$p", line.ProductId)).ConfigureAwait(false);
                if (stock < delta) return (ChangeResult.Refused(orderNumber, ChangeReason.InsufficientStock, $"Only {stock} more unit(s) of {line.ProductName} are in stock."), null);
            }

            var amount = delta * line.UnitPriceCents;
            await scope.ExecAsync("UPDATE order_lines SET quantity = $q WHERE id = $id", ("$q", newQuantity), ("$id", lineId)).ConfigureAwait(false);
            await scope.ExecAsync("UPDATE products SET stock = stock - $d WHERE id = $p", ("$d", delta), ("$p", line.ProductId)).ConfigureAwait(false);
            await scope.ExecAsync("UPDATE orders SET subtotal_cents = subtotal_cents + $a, total_cents = total_cents + $a WHERE number = $n", ("$a", amount), ("$n", orderNumber)).ConfigureAwait(false);
            long? moneyId = null;
            if (details.PaidCents > 0 && amount < 0)
            {
                var refund = Math.Min(-amount, details.RefundableCents);
                if (refund > 0) moneyId = await InsertRefundAsync(scope, orderNumber, null, refund, "original_payment").ConfigureAwait(false);
            }
            else if (details.PaidCents > 0 && amount > 0)
            {
                moneyId = await scope.InsertAsync("INSERT INTO payments (order_number, method, status, amount_cents, created_at) VALUES ($n, $m, 'pending', $a, $t)",
                    ("$n", orderNumber), ("$m", details.Payments.LastOrDefault(p => p.Status == PaymentStatus.Captured)?.Method ?? "card"), ("$a", amount), ("$t", ShopSql.Instant(scope.Now))).ConfigureAwait(false);
            }

            var result = new ChangeResult(ChangeStatus.Applied, ChangeReason.None, $"{line.ProductName} on order {orderNumber} is now {newQuantity}.", orderNumber, moneyId, amount);
            return (result, new { line_id = lineId, sku = line.Sku, from = line.Quantity, to = newQuantity, amount_cents = amount, money_id = moneyId });
        }, cancellationToken);

    public Task<ChangeResult> CreateReturnAsync(int orderNumber, long lineId, int quantity, string reason, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return RunAsync("return.create", orderNumber, $"{lineId}:{quantity}:{reason.Trim()}", context, async (scope, details) =>
        {
            var decision = policy.EvaluateReturn(details, lineId, quantity, scope.Now);
            if (!decision.Allowed)
            {
                var refused = decision.Reason == ChangeReason.LineNotFound ? ChangeResult.NotFound(orderNumber, decision.Reason, decision.Message) : ChangeResult.Refused(orderNumber, decision.Reason, decision.Message);
                return (refused, null);
            }

            var label = $"RL-{orderNumber}-{details.Returns.Count + 1}";
            var returnId = await scope.InsertAsync("INSERT INTO returns (order_number, order_line_id, quantity, reason, status, label_reference, created_at) VALUES ($n, $l, $q, $r, 'requested', $lab, $t)",
                ("$n", orderNumber), ("$l", lineId), ("$q", quantity), ("$r", reason.Trim()), ("$lab", label), ("$t", ShopSql.Instant(scope.Now))).ConfigureAwait(false);
            var allReturned = details.Lines.All(l => details.ReturnedQuantity(l.Id) + (l.Id == lineId ? quantity : 0) >= l.Quantity);
            if (allReturned) await scope.ExecAsync("UPDATE orders SET status = 'returned' WHERE number = $n", ("$n", orderNumber)).ConfigureAwait(false);
            var result = new ChangeResult(ChangeStatus.Applied, ChangeReason.None, $"Return {label} is created.", orderNumber, returnId, decision.AmountCents, Reference: label);
            return (result, new { return_id = returnId, line_id = lineId, quantity, reason = reason.Trim(), label, expected_refund_cents = decision.AmountCents });
        }, cancellationToken);
    }

    public Task<ChangeResult> CreateRefundAsync(int orderNumber, long amountCents, string method, long? returnId, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!RefundMethods.Contains(method)) throw new ArgumentException($"Refund method must be one of {string.Join(", ", RefundMethods)}; was '{method}'.", nameof(method));
        return RunAsync("refund.create", orderNumber, $"{amountCents}:{method}:{returnId}", context, async (scope, details) =>
        {
            if (returnId is { } rid && details.Returns.All(r => r.Id != rid))
            {
                return (ChangeResult.NotFound(orderNumber, ChangeReason.ReturnNotFound, $"Order {orderNumber} has no return {rid}."), null);
            }

            var decision = OrderChangePolicy.EvaluateRefund(details, amountCents);
            if (!decision.Allowed) return (ChangeResult.Refused(orderNumber, decision.Reason, decision.Message), null);
            var refundId = await InsertRefundAsync(scope, orderNumber, returnId, amountCents, method).ConfigureAwait(false);
            var result = new ChangeResult(ChangeStatus.Applied, ChangeReason.None, $"A refund of {amountCents / 100m:0.00} on order {orderNumber} is under way.", orderNumber, refundId, amountCents);
            return (result, new { refund_id = refundId, amount_cents = amountCents, method, return_id = returnId });
        }, cancellationToken);
    }

    private static Task<long> InsertRefundAsync(ChangeScope scope, int orderNumber, long? returnId, long amountCents, string method) =>
        scope.InsertAsync("INSERT INTO refunds (order_number, return_id, amount_cents, method, status, created_at) VALUES ($n, $r, $a, $m, 'pending', $t)",
            ("$n", orderNumber), ("$r", returnId), ("$a", amountCents), ("$m", method), ("$t", ShopSql.Instant(scope.Now)));

    private static string Text(OrderStatus status) => ShopSql.EnumText(status);

    private async Task<ChangeResult> RunAsync(string action, int orderNumber, string request, ChangeContext context, Func<ChangeScope, OrderDetails, Task<(ChangeResult Result, object? Details)>> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Validate();
        try
        {
            return await RunInTransactionAsync(action, orderNumber, request, context, change, ct).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // Another writer held the database longer than the busy timeout: nothing was changed.
            return Log(ChangeResult.Conflict(orderNumber, $"Order {orderNumber} is being changed by someone else; please try again."), action, context);
        }
    }

    private async Task<ChangeResult> RunInTransactionAsync(string action, int orderNumber, string request, ChangeContext context, Func<ChangeScope, OrderDetails, Task<(ChangeResult Result, object? Details)>> change, CancellationToken ct)
    {
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{action}|{orderNumber}|{request}")));
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = connection.BeginTransaction(deferred: false);
        var scope = new ChangeScope(connection, tx, time.GetUtcNow());

        await using (var prior = connection.Command("SELECT request_hash, result FROM change_requests WHERE idempotency_key = $k", tx).With("$k", context.IdempotencyKey))
        await using (var r = await prior.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            if (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                if (r.GetString(0) != requestHash)
                {
                    return Log(ChangeResult.Refused(orderNumber, ChangeReason.IdempotencyKeyReused, "This confirmation was already used for a different change."), action, context);
                }

                var stored = JsonSerializer.Deserialize<ChangeResult>(r.GetString(1)) ?? throw new InvalidDataException($"Stored result for key '{context.IdempotencyKey}' is empty.");
                return stored with { Replayed = true };
            }
        }

        var details = await SqliteShopReaders.ReadDetailsAsync(connection, tx, orderNumber, ct).ConfigureAwait(false);
        if (details is null) return Log(ChangeResult.NotFound(orderNumber, ChangeReason.OrderNotFound, $"There is no order {orderNumber}."), action, context);
        var version = details.Order.Version;
        if (context.ExpectedVersion is { } expected && expected != version)
        {
            return Log(ChangeResult.Conflict(orderNumber, $"Order {orderNumber} was changed meanwhile; please check it again."), action, context);
        }

        var (result, auditDetails) = await change(scope, details).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return Log(result, action, context);
        }

        var bumped = await scope.ExecAsync("UPDATE orders SET version = version + 1, updated_at = $t WHERE number = $n AND version = $v",
            ("$t", ShopSql.Instant(scope.Now)), ("$n", orderNumber), ("$v", version)).ConfigureAwait(false);
        if (bumped != 1)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return Log(ChangeResult.Conflict(orderNumber, $"Order {orderNumber} was changed meanwhile; please check it again."), action, context);
        }

        result = result with { OrderVersion = version + 1 };
        await scope.ExecAsync("INSERT INTO audit_log (actor, action, entity, entity_id, details, conversation_id, at) VALUES ($a, $act, 'order', $id, $d, $c, $t)",
            ("$a", context.Actor), ("$act", action), ("$id", orderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("$d", JsonSerializer.Serialize(auditDetails)), ("$c", context.ConversationId), ("$t", ShopSql.Instant(scope.Now))).ConfigureAwait(false);
        await scope.ExecAsync("INSERT INTO change_requests (idempotency_key, action, order_number, request_hash, result, created_at) VALUES ($k, $act, $n, $h, $r, $t)",
            ("$k", context.IdempotencyKey), ("$act", action), ("$n", orderNumber), ("$h", requestHash), ("$r", JsonSerializer.Serialize(result)), ("$t", ShopSql.Instant(scope.Now))).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        LogApplied(logger, action, orderNumber, context.Actor, context.ConversationId);
        return result;
    }

    private ChangeResult Log(ChangeResult result, string action, ChangeContext context)
    {
        LogRefused(logger, action, result.OrderNumber, result.Status, result.Reason, context.Actor, context.ConversationId);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Action} on order {OrderNumber} by {Actor} (conversation {ConversationId})")]
    private static partial void LogApplied(ILogger logger, string action, int orderNumber, string actor, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not apply {Action} on order {OrderNumber}: {Status} {Reason} (actor {Actor}, conversation {ConversationId})")]
    private static partial void LogRefused(ILogger logger, string action, int orderNumber, ChangeStatus status, ChangeReason reason, string actor, string? conversationId);

    /// <summary>The connection, transaction and clock reading of one change.</summary>
    private sealed class ChangeScope(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        public DateTimeOffset Now { get; } = now;

        public async Task<int> ExecAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var cmd = Build(sql, parameters);
            return await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        public async Task<long> ScalarAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var cmd = Build(sql, parameters);
            return Convert.ToInt64(await cmd.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        public async Task<long> InsertAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var cmd = Build(sql + "; SELECT last_insert_rowid();", parameters);
            return Convert.ToInt64(await cmd.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        private SqliteCommand Build(string sql, (string Name, object? Value)[] parameters)
        {
            var cmd = connection.Command(sql, transaction);
            foreach (var (name, value) in parameters) cmd.With(name, value);
            return cmd;
        }
    }
}
