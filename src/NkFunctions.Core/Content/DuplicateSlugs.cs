namespace NkFunctions.Core.Content;

/// <summary>Finds slugs claimed by more than one file: each such file gets an error naming all of them.</summary>
internal static class DuplicateSlugs
{
    public static IReadOnlyList<ContentError> Find(IEnumerable<ArticleParseResult> results) =>
    [
        .. results
            .Where(result => result.Slug is not null)
            .GroupBy(result => result.Slug!, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .SelectMany(group =>
            {
                var files = string.Join(", ", group.Select(result => result.SourceFile));
                return group.Select(result =>
                    new ContentError(result.SourceFile, $"slug '{group.Key}' is used by more than one article: {files}"));
            }),
    ];
}
