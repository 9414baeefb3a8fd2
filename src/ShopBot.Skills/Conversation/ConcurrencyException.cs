namespace ShopBot.Skills.Conversation;

/// <summary>Thrown when a save would overwrite a version someone else stored first (ETag mismatch).</summary>
public sealed class ConcurrencyException(string message) : Exception(message);
