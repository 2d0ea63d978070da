using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

public sealed class ClientAddressTests
{
    private static readonly IPAddress FrontEnd = IPAddress.Parse("10.1.2.3");

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData(" 203.0.113.7 ", "203.0.113.7")]
    [InlineData("203.0.113.7, 10.0.0.1", "203.0.113.7")]
    [InlineData("203.0.113.7:51234", "203.0.113.7")]
    [InlineData("203.0.113.7:51234, 10.0.0.1:443", "203.0.113.7")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("[2001:db8::1]", "2001:db8::1")]
    [InlineData("[2001:db8::1]:443", "2001:db8::1")]
    [InlineData("::ffff:203.0.113.7", "::ffff:203.0.113.7")]
    [InlineData("unknown, 198.51.100.2", "198.51.100.2")]
    [InlineData("_hidden, 198.51.100.2", "198.51.100.2")]
    [InlineData(",, 198.51.100.2", "198.51.100.2")]
    [InlineData("1.2, 198.51.100.2", "198.51.100.2")]
    [InlineData("0x7f.0.0.1, 198.51.100.2", "198.51.100.2")]
    [InlineData("999.1.1.1, 198.51.100.2", "198.51.100.2")]
    [InlineData("203.0.113.7:99999999, 198.51.100.2", "198.51.100.2")]
    [InlineData("203.0.113.7:, 198.51.100.2", "198.51.100.2")]
    [InlineData("[2001:db8::1]x, 198.51.100.2", "198.51.100.2")]
    [InlineData("[203.0.113.7]:80, 198.51.100.2", "198.51.100.2")]
    public void From_ForwardedFor_FirstValidEntry(string header, string expected)
    {
        var request = Request(header);

        Assert.Equal(IPAddress.Parse(expected), ClientAddress.From(request));
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("garbage, also-garbage")]
    public void From_NoValidForwardedEntry_ConnectionAddress(string header)
    {
        Assert.Equal(FrontEnd, ClientAddress.From(Request(header)));
    }

    [Fact]
    public void From_NoHeader_ConnectionAddress()
    {
        Assert.Equal(FrontEnd, ClientAddress.From(Request(null)));
    }

    [Fact]
    public void From_NoHeaderNoConnectionAddress_Null()
    {
        Assert.Null(ClientAddress.From(new DefaultHttpContext().Request));
    }

    [Fact]
    public void From_RepeatedHeaders_SearchedInOrder()
    {
        var request = Request(null);
        request.Headers["X-Forwarded-For"] = new StringValues(["unknown", "198.51.100.9, 203.0.113.1"]);

        Assert.Equal(IPAddress.Parse("198.51.100.9"), ClientAddress.From(request));
    }

    [Fact]
    public void From_ValidEntryAfterSixteenGarbageEntries_ConnectionAddress()
    {
        var header = string.Join(", ", Enumerable.Repeat("unknown", 16)) + ", 198.51.100.2";

        Assert.Equal(FrontEnd, ClientAddress.From(Request(header)));
    }

    [Theory]
    [InlineData("203.0.113.7", 1, "203.0.113.7")]
    [InlineData("6.6.6.6, 203.0.113.7", 1, "203.0.113.7")] // the client prepended a forged entry: ignored
    [InlineData("6.6.6.6, 203.0.113.7:51234", 1, "203.0.113.7")]
    [InlineData("6.6.6.6, 203.0.113.7, 10.0.0.9", 2, "203.0.113.7")] // two proxies: the second from the right
    [InlineData("[2001:db8::1]:443", 1, "2001:db8::1")]
    public void Nearest_TrustedHops_TheEntryThatManyFromTheRight(string header, int hops, string expected)
    {
        Assert.Equal(IPAddress.Parse(expected), ClientAddress.Nearest(Request(header), hops));
    }

    [Fact]
    public void Nearest_RepeatedHeaders_CountedAcrossThem()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-Forwarded-For"] = new StringValues(["6.6.6.6, 7.7.7.7", "203.0.113.7"]);

        Assert.Equal(IPAddress.Parse("203.0.113.7"), ClientAddress.Nearest(context.Request, 1));
        Assert.Equal(IPAddress.Parse("7.7.7.7"), ClientAddress.Nearest(context.Request, 2));
    }

    [Theory]
    [InlineData(null, 1)] // no proxy came in between
    [InlineData("203.0.113.7", 2)] // fewer entries than proxies
    [InlineData("203.0.113.7", 0)] // no proxy trusted: the socket peer
    public void Nearest_NoTrustedEntry_TheConnectionPeer(string? header, int hops)
    {
        Assert.Equal(FrontEnd, ClientAddress.Nearest(Request(header), hops));
    }

    [Fact]
    public void Nearest_GarbageWhereTheProxyWrites_Null()
    {
        Assert.Null(ClientAddress.Nearest(Request("203.0.113.7, unknown"), 1));
    }

    private static HttpRequest Request(string? forwardedFor)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = FrontEnd;
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return context.Request;
    }
}
