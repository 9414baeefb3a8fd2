namespace ShopBot.Skills.Data.Shop;

/// <summary>One scan of a parcel by the carrier.</summary>
public sealed record TrackingEvent(long Id, long ShipmentId, DateTimeOffset At, string Location, string Description);
