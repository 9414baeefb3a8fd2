namespace ShopBot.Skills.Data.Shop;

/// <summary>State of a parcel at the carrier.</summary>
public enum ShipmentStatus
{
    /// <summary>Label printed, waiting for collection.</summary>
    LabelCreated,
    /// <summary>Moving through the carrier's network.</summary>
    InTransit,
    /// <summary>With the driver today.</summary>
    OutForDelivery,
    /// <summary>Handed over.</summary>
    Delivered,
}
