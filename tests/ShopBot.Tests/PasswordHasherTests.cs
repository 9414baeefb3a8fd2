using ShopBot.Agents;

namespace ShopBot.Tests;

public class PasswordHasherTests
{
    [Fact]
    public void AHash_VerifiesItsPassword_AndNothingElse()
    {
        var hash = PasswordHasher.Hash("correct horse battery staple");
        Assert.StartsWith("pbkdf2$100000$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse battery staple", hash));
        Assert.False(PasswordHasher.Verify("correct horse battery stapler", hash));
        Assert.NotEqual(hash, PasswordHasher.Hash("correct horse battery staple")); // salted
        Assert.False(PasswordHasher.Verify("x", "not-a-hash"));
        Assert.False(PasswordHasher.Verify("x", "pbkdf2$1000$!!!$!!!"));
    }
}
