namespace ShopBot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer</c>: 401 when missing or malformed, 403 when expired or not valid.</summary>
public sealed class DirectLineAuth(DirectLineTokenService tokens)
{
    /// <summary>The caller, or the error result to return.</summary>
    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "An Authorization header with a Bearer secret or token is required."));
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "The Authorization header must be 'Bearer <secret or token>'."));
        }

        var credential = header[7..].Trim();
        if (tokens.IsSecret(credential)) return (new DirectLineCaller(true, null), null);
        var validation = tokens.Validate(credential);
        if (validation.IsExpired) return (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start a new conversation or refresh before expiry."));
        if (!validation.IsValid || validation.Claims!.IsStream)
        {
            return (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "The secret or token is not valid."));
        }

        return (new DirectLineCaller(false, validation.Claims), null);
    }
}
