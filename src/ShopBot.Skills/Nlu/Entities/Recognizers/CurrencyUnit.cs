namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// A currency as the specs name it: <paramref name="Unit"/> (e.g. "United States dollar", or "Dollar" when the
/// country is not said), its ISO 4217 code when known, and for minor units (cent, pence, mao) the fraction of the
/// major unit they are worth and that major unit's name.
/// </summary>
public sealed record CurrencyUnit(string Unit, string? Iso, double Fraction = 1, string? MajorUnit = null, string? MajorIso = null)
{
    /// <summary>True for minor units such as cents.</summary>
    public bool IsMinor => Fraction < 1;
}
