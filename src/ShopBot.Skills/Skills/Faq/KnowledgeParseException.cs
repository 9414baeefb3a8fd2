namespace ShopBot.Skills.Skills.Faq;

/// <summary>A knowledge file that cannot be used as written; the message names the file and line.</summary>
public sealed class KnowledgeParseException(string message) : Exception(message);
