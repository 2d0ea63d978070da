using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using NkFunctions.LocalHost.Keys;
using NkFunctions.LocalHost.Metadata;

namespace NkFunctions.IntegrationTests.LocalHost.Keys;

public sealed class FunctionKeyCheckTests
{
    private const string Key = "k3y-Secret_value";

    [Theory]
    [InlineData(null, null)]
    [InlineData("wrong", null)]
    [InlineData(null, "wrong")]
    public void IsAllowed_Anonymous_AlwaysAllowed(string? header, string? code)
    {
        Assert.True(IsAllowed(FunctionAuthLevel.Anonymous, header, code, Key));
        Assert.True(IsAllowed(FunctionAuthLevel.Anonymous, header, code, string.Empty));
    }

    [Theory]
    [InlineData(nameof(FunctionAuthLevel.User))]
    [InlineData(nameof(FunctionAuthLevel.Function))]
    [InlineData(nameof(FunctionAuthLevel.System))]
    [InlineData(nameof(FunctionAuthLevel.Admin))]
    public void IsAllowed_KeyLevelWithoutKey_Denied(string level)
    {
        Assert.False(IsAllowed(Level(level), header: null, code: null, Key));
    }

    [Theory]
    [InlineData(nameof(FunctionAuthLevel.User))]
    [InlineData(nameof(FunctionAuthLevel.Function))]
    [InlineData(nameof(FunctionAuthLevel.System))]
    [InlineData(nameof(FunctionAuthLevel.Admin))]
    public void IsAllowed_RightKeyInHeader_Allowed(string level)
    {
        Assert.True(IsAllowed(Level(level), Key, code: null, Key));
    }

    [Theory]
    [InlineData(nameof(FunctionAuthLevel.Function))]
    [InlineData(nameof(FunctionAuthLevel.Admin))]
    public void IsAllowed_RightKeyInCodeQuery_Allowed(string level)
    {
        Assert.True(IsAllowed(Level(level), header: null, Key, Key));
    }

    [Fact]
    public void IsAllowed_WrongHeaderRightCode_DeniedBecauseHeaderWins()
    {
        Assert.False(IsAllowed(FunctionAuthLevel.Function, "wrong", Key, Key));
    }

    [Fact]
    public void IsAllowed_RightHeaderWrongCode_Allowed()
    {
        Assert.True(IsAllowed(FunctionAuthLevel.Function, Key, "wrong", Key));
    }

    [Theory]
    [InlineData("K3Y-SECRET_VALUE")]
    [InlineData("k3y-secret_value")]
    [InlineData("k3y-Secret_valu")]
    [InlineData("k3y-Secret_value ")]
    [InlineData("k3y-Secret_valueX")]
    public void IsAllowed_AlmostTheKey_Denied(string presented)
    {
        Assert.False(IsAllowed(FunctionAuthLevel.Function, presented, code: null, Key));
        Assert.False(IsAllowed(FunctionAuthLevel.Function, header: null, presented, Key));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("anything", null)]
    [InlineData(null, "anything")]
    public void IsAllowed_EmptyConfiguredKey_NeverMatches(string? header, string? code)
    {
        Assert.False(IsAllowed(FunctionAuthLevel.Function, header, code, string.Empty));
    }

    [Fact]
    public void IsAllowed_UserLevel_NeedsTheKey()
    {
        Assert.False(IsAllowed(FunctionAuthLevel.User, "someone", code: null, Key));
        Assert.True(IsAllowed(FunctionAuthLevel.User, Key, code: null, Key));
    }

    [Fact]
    public void PresentedKey_EmptyHeader_FallsBackToCode()
    {
        var request = Request(string.Empty, "from-query");

        Assert.Equal("from-query", FunctionKeyCheck.PresentedKey(request.Headers, request.Query));
    }

    [Fact]
    public void PresentedKey_Nothing_Null()
    {
        var request = Request(null, null);

        Assert.Null(FunctionKeyCheck.PresentedKey(request.Headers, request.Query));
    }

    private static FunctionAuthLevel Level(string name) => Enum.Parse<FunctionAuthLevel>(name);

    private static bool IsAllowed(FunctionAuthLevel level, string? header, string? code, string configuredKey)
    {
        var request = Request(header, code);
        return FunctionKeyCheck.IsAllowed(level, request.Headers, request.Query, configuredKey);
    }

    private static HttpRequest Request(string? header, string? code)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers[FunctionKeyCheck.HeaderName] = header;
        }

        if (code is not null)
        {
            context.Request.QueryString = QueryString.Create(FunctionKeyCheck.QueryName, code);
        }

        return context.Request;
    }

    [Theory]
    [InlineData("Function", "fn-key", true)]
    [InlineData("Function", "adm-key", true)] // the admin key opens every level, like the master key
    [InlineData("Admin", "adm-key", true)]
    [InlineData("Admin", "fn-key", false)] // a key of another level
    [InlineData("System", "fn-key", true)]
    [InlineData("Function", "other", false)]
    public void IsAllowed_SeparateAdminKey_ByLevel(string level, string presented, bool allowed)
    {
        var keys = FunctionKey.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FunctionKey.ConfigurationKey] = "fn-key", [FunctionKey.AdminConfigurationKey] = "adm-key" })
            .Build());
        var context = new DefaultHttpContext();
        context.Request.Headers[FunctionKeyCheck.HeaderName] = presented;

        Assert.Equal(allowed, FunctionKeyCheck.IsAllowed(Level(level), context.Request.Headers, context.Request.Query, keys));
    }
}
