namespace ShopBot.Skills.Rendering;

/// <summary>Chooses which variant of a template to use; injectable so tests are deterministic.</summary>
public interface IVariantPicker
{
    /// <summary>An index in [0, count).</summary>
    int Pick(int count);
}
