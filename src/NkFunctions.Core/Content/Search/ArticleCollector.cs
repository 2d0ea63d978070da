using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Groups section hits by article as Lucene finds them: each article's best score, the sum of the rest, and its
/// best <see cref="SectionsPerArticle"/> sections. The per-article arrays belong to the thread and are reused,
/// stamped with a generation instead of cleared, so a search allocates nothing in proportion to the catalog.
/// </summary>
internal sealed class ArticleCollector : ICollector
{
    /// <summary>Sections listed per article.</summary>
    public const int SectionsPerArticle = 3;

    // Other matching sections add a little: an article about the subject beats one that mentions it once.
    private const float OtherSectionWeight = 0.1f;

    [ThreadStatic]
    private static ArticleCollector? _current;

    private readonly List<int> _touched = [];
    private int[] _stamp = [];
    private float[] _best = [];
    private float[] _sum = [];
    private int[] _count = [];
    private int[] _topDoc = [];
    private float[] _topScore = [];
    private int _generation;
    private int[] _docArticle = [];
    private int[] _docSection = [];
    private int _docBase;
    private Scorer? _scorer;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>This thread's collector, reset for a search over <paramref name="articles"/> articles.</summary>
    public static ArticleCollector Rent(int articles, int[] docArticle, int[] docSection)
    {
        var collector = _current ??= new ArticleCollector();
        collector.Reset(articles, docArticle, docSection);
        return collector;
    }

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var global = _docBase + doc;
        var article = _docArticle[global];
        var score = _scorer!.GetScore();
        if (_stamp[article] != _generation)
        {
            _stamp[article] = _generation;
            _best[article] = 0;
            _sum[article] = 0;
            _count[article] = 0;
            _touched.Add(article);
        }

        _sum[article] += score;
        _best[article] = Math.Max(_best[article], score);
        Keep(article, global, score);
    }

    /// <summary>Ranks the articles found and cuts the page.</summary>
    public SearchPage Page(long offset, int limit)
    {
        var touched = _touched;
        // Best first; equal scores keep catalog order (newest first).
        touched.Sort((x, y) => Score(y).CompareTo(Score(x)) is var c && c != 0 ? c : x.CompareTo(y));
        var hits = new List<ArticleHit>();
        for (var i = offset; i < touched.Count && i < offset + limit; i++)
        {
            var article = touched[(int)i];
            var sections = new SectionHit[_count[article]];
            for (var s = 0; s < sections.Length; s++)
            {
                var doc = _topDoc[(article * SectionsPerArticle) + s];
                sections[s] = new SectionHit(doc, _docSection[doc], _topScore[(article * SectionsPerArticle) + s]);
            }

            hits.Add(new ArticleHit(article, Score(article), sections));
        }

        return new SearchPage(touched.Count, hits);
    }

    private float Score(int article) => _best[article] + (OtherSectionWeight * (_sum[article] - _best[article]));

    // Insertion into the article's short list of best sections, kept sorted by score.
    private void Keep(int article, int doc, float score)
    {
        var start = article * SectionsPerArticle;
        var count = _count[article];
        var at = count;
        while (at > 0 && _topScore[start + at - 1] < score)
        {
            at--;
        }

        if (at >= SectionsPerArticle)
        {
            return;
        }

        for (var i = Math.Min(count, SectionsPerArticle - 1); i > at; i--)
        {
            _topDoc[start + i] = _topDoc[start + i - 1];
            _topScore[start + i] = _topScore[start + i - 1];
        }

        _topDoc[start + at] = doc;
        _topScore[start + at] = score;
        _count[article] = Math.Min(count + 1, SectionsPerArticle);
    }

    private void Reset(int articles, int[] docArticle, int[] docSection)
    {
        _docArticle = docArticle;
        _docSection = docSection;
        _touched.Clear();
        _docBase = 0;
        _scorer = null;
        if (_stamp.Length < articles)
        {
            _stamp = new int[articles];
            _best = new float[articles];
            _sum = new float[articles];
            _count = new int[articles];
            _topDoc = new int[articles * SectionsPerArticle];
            _topScore = new float[articles * SectionsPerArticle];
            _generation = 0;
        }

        // Stamps of earlier searches never equal the new generation; on wrap-around, clear them once.
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamp);
            _generation = 1;
        }
    }
}
