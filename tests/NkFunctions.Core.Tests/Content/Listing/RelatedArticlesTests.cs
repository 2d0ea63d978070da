using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Tests.Content.Listing;

public sealed class RelatedArticlesTests
{
    [Fact]
    public void Compute_MostSharedTagsFirst_ThenNewest_NeverItself()
    {
        var articles = new[]
        {
            ListingArticles.Make("a", "A", null, new DateOnly(2026, 11, 5), ["fertility", "NK Cells"]),
            ListingArticles.Make("b", "B", null, new DateOnly(2026, 11, 4), ["fertility"]),
            ListingArticles.Make("c", "C", null, new DateOnly(2026, 11, 3), ["nk-cells", "fertility"]),
            ListingArticles.Make("d", "D", null, new DateOnly(2026, 11, 2), ["fertility"]),
            ListingArticles.Make("e", "E", null, new DateOnly(2026, 11, 1), ["fertility"]),
            ListingArticles.Make("f", "F", null, new DateOnly(2026, 10, 1), ["unrelated"]),
        };

        var related = RelatedArticles.Compute(articles);

        Assert.Equal(["c", "b", "d"], related["a"].Select(r => r.Metadata.Slug)); // c shares two tags ("NK Cells" = "nk-cells")
        Assert.Equal(["a", "c", "d"], related["b"].Select(r => r.Metadata.Slug));
        Assert.Empty(related["f"]);
    }
}
