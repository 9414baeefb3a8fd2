namespace ShopBot.Skills.Data.Demo;

/// <summary>
/// Well-known records every generated shop contains (same identifiers for every seed), for demos, docs and tests.
/// See Data/Demo/README.md.
/// </summary>
public static class DemoFixtures
{
    /// <summary>Alex Morgan, alex.morgan@example.com, SW1A 1AA.</summary>
    public const long AlexCustomerId = 1;
    public const string AlexEmail = "alex.morgan@example.com";
    public const string AlexPostcode = "SW1A 1AA";

    /// <summary>Sam Taylor, sam.taylor@example.org, M1 1AE: the "someone else" of identity tests.</summary>
    public const long SamCustomerId = 2;
    public const string SamEmail = "sam.taylor@example.org";
    public const string SamPostcode = "M1 1AE";

    /// <summary>Alex's order placed yesterday, processing: cancellable with the processing fee; address changeable.</summary>
    public const int ProcessingOrder = 100234;
    /// <summary>Alex's order shipped two days ago with DPD, tracking events, arriving tomorrow: not cancellable.</summary>
    public const int ShippedOrder = 100235;
    /// <summary>Alex's order delivered 10 days ago: inside the 30-day return window.</summary>
    public const int DeliveredInWindowOrder = 100236;
    /// <summary>Alex's order delivered 60 days ago: outside the return window.</summary>
    public const int DeliveredOutsideWindowOrder = 100237;
    /// <summary>Alex's delivered order with a received return and a refund being processed.</summary>
    public const int RefundInProgressOrder = 100238;
    /// <summary>Alex's order placed two hours ago, pending, whose card payment failed.</summary>
    public const int FailedPaymentOrder = 100239;
    /// <summary>Sam's order delivered 5 days ago.</summary>
    public const int SamDeliveredOrder = 100240;
    /// <summary>Sam's order paid an hour ago: cancellable free of charge.</summary>
    public const int SamPaidOrder = 100241;

    /// <summary>Order numbers 100234..100249 are reserved for fixtures; generated orders skip them.</summary>
    public const int FirstReservedOrder = 100234;
    public const int LastReservedOrder = 100249;

    public const string BlueHoodieSku = "CLO-0001";
    public const string EspressoMachineSku = "KIT-0001";
    public const string DeskLampSku = "OFF-0001";
    public const string NotebookSku = "OFF-0002";
    /// <summary>Out of stock, restock in 7 days with 40 units inbound.</summary>
    public const string WirelessHeadphonesSku = "AUD-0001";
}
