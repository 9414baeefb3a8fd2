using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Tests.Data;

public class OrderChangePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static OrderDetails Details(OrderStatus status, long total = 10_000, long paid = 10_000, DateTimeOffset? deliveredAt = null, int quantity = 2)
    {
        var order = new Order(100500, 9, status, Now.AddDays(-40), total, 0, total, "GBP", new PostalAddress("A", "1 Road", null, "Leeds", "LS1 1AA", "United Kingdom"), "standard", 1);
        var lines = new List<OrderLine> { new(1, 100500, 3, "OFF-0001", "Desk Lamp", quantity, total / quantity) };
        var payments = paid > 0 ? new List<Payment> { new(1, 100500, "card", PaymentStatus.Captured, paid, Now.AddDays(-40), Now.AddDays(-40), null) } : [];
        var shipment = deliveredAt is null ? null : new Shipment(1, 100500, "DPD", "15100500", ShipmentStatus.Delivered, deliveredAt.Value.AddDays(-2), null, deliveredAt, []);
        return new OrderDetails(order, lines, shipment, payments, [], [], null);
    }

    private static OrderChangePolicy Policy(ShopPolicyOptions? options = null) => new(Options.Create(options ?? new ShopPolicyOptions()));

    [Theory]
    [InlineData(OrderStatus.Pending, 0, 0, 0)]
    [InlineData(OrderStatus.Paid, 10_000, 0, 10_000)]
    [InlineData(OrderStatus.Processing, 10_000, 500, 9_500)]
    public void Cancel_FeeDependsOnStatus(OrderStatus status, long paid, long fee, long refund)
    {
        var decision = Policy().EvaluateCancel(Details(status, paid: paid));
        Assert.True(decision.Allowed);
        Assert.Equal((fee, refund), (decision.FeeCents, decision.AmountCents));
    }

    [Fact]
    public void Cancel_FeeRoundsHalfAwayFromZero_AndIsConfigurable()
    {
        // 12.5 % of 1 003 pence = 125.375 -> 125; 7.5 % of 1 010 = 75.75 -> 76.
        Assert.Equal(125, Policy(new ShopPolicyOptions { CancellationFeePercentWhileProcessing = 12.5m }).EvaluateCancel(Details(OrderStatus.Processing, 1003, 1003, quantity: 1)).FeeCents);
        Assert.Equal(76, Policy(new ShopPolicyOptions { CancellationFeePercentBeforeProcessing = 7.5m }).EvaluateCancel(Details(OrderStatus.Paid, 1010, 1010, quantity: 1)).FeeCents);
    }

    [Theory]
    [InlineData(OrderStatus.Shipped, ChangeReason.AlreadyShipped)]
    [InlineData(OrderStatus.Delivered, ChangeReason.AlreadyShipped)]
    [InlineData(OrderStatus.Returned, ChangeReason.AlreadyShipped)]
    [InlineData(OrderStatus.Cancelled, ChangeReason.AlreadyCancelled)]
    public void Cancel_AfterShipmentOrTwice_IsDenied(OrderStatus status, ChangeReason reason)
    {
        var decision = Policy().EvaluateCancel(Details(status));
        Assert.False(decision.Allowed);
        Assert.Equal(reason, decision.Reason);
        Assert.False(string.IsNullOrWhiteSpace(decision.Message));
    }

    [Fact]
    public void Return_WindowIsCountedFromDelivery_AndConfigurable()
    {
        var delivered = Now.AddDays(-14);
        var details = Details(OrderStatus.Delivered, deliveredAt: delivered);
        Assert.True(Policy().EvaluateReturn(details, 1, 2, Now).Allowed);
        Assert.Equal(10_000, Policy().EvaluateReturn(details, 1, 2, Now).AmountCents);
        Assert.Equal(ChangeReason.ReturnWindowExpired, Policy(new ShopPolicyOptions { ReturnWindowDays = 14 }).EvaluateReturn(details, 1, 1, Now.AddSeconds(1)).Reason);
        Assert.Equal(ChangeReason.QuantityExceedsReturnable, Policy().EvaluateReturn(details, 1, 3, Now).Reason);
        Assert.Equal(ChangeReason.InvalidQuantity, Policy().EvaluateReturn(details, 1, 0, Now).Reason);
        Assert.Equal(ChangeReason.LineNotFound, Policy().EvaluateReturn(details, 99, 1, Now).Reason);
    }

    [Fact]
    public void Return_CountsEarlierReturnsButNotRejectedOnes()
    {
        var details = Details(OrderStatus.Delivered, deliveredAt: Now.AddDays(-3)) with
        {
            Returns = [new OrderReturn(1, 100500, 1, 1, "Faulty", ReturnStatus.Requested, "RL-100500-1", Now), new OrderReturn(2, 100500, 1, 1, "Faulty", ReturnStatus.Rejected, "RL-100500-2", Now)],
        };
        Assert.True(Policy().EvaluateReturn(details, 1, 1, Now).Allowed);
        Assert.Equal(ChangeReason.QuantityExceedsReturnable, Policy().EvaluateReturn(details, 1, 2, Now).Reason);
    }

    [Fact]
    public void Refund_IgnoresFailedRefunds_AndCapsAtPaidMinusRefunded()
    {
        var details = Details(OrderStatus.Delivered) with
        {
            Refunds = [new Refund(1, 100500, null, 3_000, "original_payment", RefundStatus.Completed, Now, Now), new Refund(2, 100500, null, 5_000, "original_payment", RefundStatus.Failed, Now, null)],
        };
        Assert.Equal(7_000, details.RefundableCents);
        Assert.True(OrderChangePolicy.EvaluateRefund(details, 7_000).Allowed);
        Assert.Equal(ChangeReason.AmountExceedsRefundable, OrderChangePolicy.EvaluateRefund(details, 7_001).Reason);
        Assert.Equal(ChangeReason.InvalidAmount, OrderChangePolicy.EvaluateRefund(details, -1).Reason);
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedWithTheirName()
    {
        var error = Assert.Throws<ArgumentException>(() => Policy(new ShopPolicyOptions { ReturnWindowDays = -1 }));
        Assert.Contains("ReturnWindowDays", error.Message);
    }
}
