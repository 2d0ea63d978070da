using NkFunctions.Core.Http;

namespace NkFunctions.Core.Tests.Http;

public sealed class RepresentationTests
{
    [Fact]
    public void FromText_SameBytesAndType_SameStrongTag()
    {
        var a = Representation.FromText("hello", MediaTypes.Html);
        var b = Representation.FromText("hello", MediaTypes.Html);

        Assert.Equal(a.EntityTag, b.EntityTag);
        Assert.StartsWith("\"", a.EntityTag, StringComparison.Ordinal);
        Assert.EndsWith("\"", a.EntityTag, StringComparison.Ordinal);
        Assert.DoesNotContain("W/", a.EntityTag, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_DifferentBytesOrType_DifferentTags()
    {
        var html = Representation.FromText("hello", MediaTypes.Html);

        Assert.NotEqual(html.EntityTag, Representation.FromText("hello!", MediaTypes.Html).EntityTag);
        Assert.NotEqual(html.EntityTag, Representation.FromText("hello", MediaTypes.Text).EntityTag);
    }

    [Fact]
    public void FromText_Utf8Body()
    {
        var r = Representation.FromText("I’ve", MediaTypes.Text);

        Assert.Equal("I’ve"u8.ToArray(), r.Body.ToArray());
    }
}
