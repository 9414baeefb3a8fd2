namespace ShopBot.Skills.Skills.Faq;

/// <summary>
/// One answer of the knowledge base: the section <c>## intent</c> of a dialogs/knowledge file. <see cref="Answer"/> and
/// <see cref="Suggestions"/> may hold <c>${policy.name}</c> placeholders, filled when the answer is given.
/// </summary>
/// <param name="Intent">The canonical intent the section answers.</param>
/// <param name="Answer">The answer text (markdown), placeholders unfilled.</param>
/// <param name="Suggestions">Quick-reply buttons from the section's <c>Suggestions:</c> line; empty when it has none.</param>
/// <param name="Source">The file the section came from, relative to the knowledge folder.</param>
/// <param name="Line">The 1-based line of the section's heading.</param>
public sealed record KnowledgeEntry(string Intent, string Answer, IReadOnlyList<string> Suggestions, string Source, int Line);
