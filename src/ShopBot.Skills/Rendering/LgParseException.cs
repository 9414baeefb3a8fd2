namespace ShopBot.Skills.Rendering;

/// <summary>A response file that does not follow the LG syntax; the message names file and line.</summary>
public sealed class LgParseException(string message) : Exception(message);
