using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ShopBot.Hosting;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// Issues and validates Direct Line tokens: HS256 JWTs with claims <c>conv</c> (conversation), <c>user</c> (user id,
/// which Web Chat reads), <c>name</c>, <c>trusted</c> and <c>kind</c> (<c>conversation</c> or <c>stream</c>).
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Issuer = "shopbot-directline";
    private const string Audience = "shopbot-directline";
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly SymmetricSecurityKey _key;
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };

    public DirectLineTokenService(IOptions<DirectLineOptions> options, ShopBotPaths paths, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = new SymmetricSecurityKey(LoadKey(_options.TokenSigningKey, Path.Combine(paths.DataDirectory, "directline-signing.key")));
    }

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(_options.TokenLifetimeMinutes);

    /// <summary>A conversation token.</summary>
    public string Issue(string conversationId, string userId, string? userName, bool trusted) =>
        Create(conversationId, userId, userName, trusted, "conversation", TokenLifetime);

    /// <summary>A short-lived token embedded in a stream URL.</summary>
    public string IssueStream(DirectLineClaims claims) =>
        Create(claims.ConversationId, claims.UserId, claims.UserName, claims.Trusted, "stream", TimeSpan.FromSeconds(_options.StreamUrlLifetimeSeconds));

    /// <summary>True when <paramref name="candidate"/> equals a configured secret (constant-time comparison).</summary>
    public bool IsSecret(string candidate)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(candidate);
        var match = false;
        foreach (var secret in _options.Secrets)
        {
            if (string.IsNullOrEmpty(secret)) continue;
            match |= CryptographicOperations.FixedTimeEquals(bytes, System.Text.Encoding.UTF8.GetBytes(secret));
        }

        return match;
    }

    /// <summary>Validates a token; the outcome says whether it was valid, expired or otherwise bad.</summary>
    public TokenValidation Validate(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now.AddSeconds(30)) && expires is not null && expires > now;
            },
        };
        try
        {
            var principal = _handler.ValidateToken(token, parameters, out _);
            var conv = principal.FindFirstValue("conv");
            var user = principal.FindFirstValue("user");
            if (string.IsNullOrEmpty(conv) || string.IsNullOrEmpty(user)) return TokenValidation.Invalid("The token has no conversation or user.");
            return TokenValidation.Valid(new DirectLineClaims(conv, user, principal.FindFirstValue("name"), principal.FindFirstValue("trusted") == "true", principal.FindFirstValue("kind") == "stream"));
        }
        catch (SecurityTokenInvalidLifetimeException)
        {
            return TokenValidation.Expired();
        }
        catch (SecurityTokenExpiredException)
        {
            return TokenValidation.Expired();
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            return TokenValidation.Invalid("The token is not valid.");
        }
    }

    private string Create(string conversationId, string userId, string? userName, bool trusted, string kind, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new("conv", conversationId),
            new("user", userId),
            new("trusted", trusted ? "true" : "false"),
            new("kind", kind),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (!string.IsNullOrEmpty(userName)) claims.Add(new Claim("name", userName));
        var token = new JwtSecurityToken(Issuer, Audience, claims, notBefore: now, expires: now + lifetime, signingCredentials: new SigningCredentials(_key, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    private static byte[] LoadKey(string? configured, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(configured);
            }
            catch (FormatException)
            {
                throw new OptionsValidationException("ShopBot:DirectLine:TokenSigningKey", typeof(DirectLineOptions), ["ShopBot:DirectLine:TokenSigningKey must be base64."]);
            }

            if (key.Length < 32) throw new OptionsValidationException("ShopBot:DirectLine:TokenSigningKey", typeof(DirectLineOptions), ["ShopBot:DirectLine:TokenSigningKey must decode to at least 32 bytes."]);
            return key;
        }

        if (File.Exists(keyFile))
        {
            var stored = Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
            if (stored.Length >= 32) return stored;
        }

        var generated = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(keyFile, Convert.ToBase64String(generated));
        return generated;
    }
}
