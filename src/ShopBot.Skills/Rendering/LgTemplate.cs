namespace ShopBot.Skills.Rendering;

/// <summary>One response template: a name and its variants (one is picked per use), with where it was defined.</summary>
public sealed record LgTemplate(string Name, IReadOnlyList<string> Variants, string Source, int Line);
