namespace ShopBot.Channels.DirectLine;

/// <summary>Outcome of validating a Direct Line token.</summary>
public sealed record TokenValidation(DirectLineClaims? Claims, bool IsExpired, string? Error)
{
    public bool IsValid => Claims is not null;

    public static TokenValidation Valid(DirectLineClaims claims) => new(claims, false, null);

    public static TokenValidation Expired() => new(null, true, "The token has expired.");

    public static TokenValidation Invalid(string error) => new(null, false, error);
}
