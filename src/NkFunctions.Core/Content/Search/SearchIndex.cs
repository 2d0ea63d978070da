using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// An in-memory Lucene index of one catalog snapshot: one document per section (its text, its heading, and its
/// article's title and tags), ranked with BM25. Built once per snapshot (the only step that reads every article);
/// a search then costs the matching postings, and its snippets a scan of the sections on the page it returns
/// (<see cref="TermMatcher"/>). Nothing is stored in the index: the text is in the catalog.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _docArticle;
    private readonly int[] _docSection;

    private SearchIndex(IReadOnlyList<Article> articles, Analyzer analyzer, RAMDirectory directory, TimeSpan buildTime)
    {
        Articles = articles;
        Analyzer = analyzer;
        _directory = directory;
        BuildTime = buildTime;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _docArticle = new int[_reader.MaxDoc];
        _docSection = new int[_reader.MaxDoc];
        foreach (var leaf in _reader.Leaves)
        {
            // Segments may be merged out of insertion order: read each document's article and section back.
            var article = leaf.AtomicReader.GetNumericDocValues(SearchFields.Article);
            var section = leaf.AtomicReader.GetNumericDocValues(SearchFields.Section);
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                _docArticle[leaf.DocBase + d] = (int)article.Get(d);
                _docSection[leaf.DocBase + d] = (int)section.Get(d);
            }
        }
    }

    /// <summary>The indexed articles in catalog order (what hit positions refer to).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The analyzer the index was built with, shared by every query (analyzers are thread-safe).</summary>
    public Analyzer Analyzer { get; }

    /// <summary>How long the build took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Sections indexed.</summary>
    public int SectionCount => _reader.NumDocs;

    /// <summary>Indexes <paramref name="articles"/> (published, in catalog order).</summary>
    public static SearchIndex Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var started = Stopwatch.GetTimestamp();
        // English: lower case, stop words out, Porter stems, so "pregnancies" finds "pregnancy".
        var analyzer = new EnglishAnalyzer(Version);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var a = 0; a < articles.Count; a++)
            {
                var article = articles[a];
                for (var s = 0; s < article.Sections.Count; s++)
                {
                    writer.AddDocument(Document(article, a, s));
                }
            }

            writer.Commit();
        }

        return new SearchIndex(articles, analyzer, directory, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The page of matching articles, best first, with each article's best sections.</summary>
    /// <param name="terms">The parsed query (with a query).</param>
    /// <param name="tag">Tag slug the articles must carry, or null.</param>
    /// <param name="offset">Articles to skip.</param>
    /// <param name="limit">Articles to return.</param>
    public SearchPage Search(SearchTerms terms, string? tag, long offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Query is null)
        {
            return new SearchPage(0, []);
        }

        var query = terms.Query;
        if (tag is not null)
        {
            // A filter, not a signal: the tag clause adds nothing to the score.
            query = new BooleanQuery { { terms.Query, Occur.MUST }, { new TermQuery(new Term(SearchFields.TagSlug, tag)) { Boost = 0f }, Occur.MUST } };
        }

        var collector = ArticleCollector.Rent(Articles.Count, _docArticle, _docSection);
        _searcher.Search(query, collector);
        return collector.Page(offset, limit);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }

    private static Document Document(Article article, int position, int section)
    {
        var m = article.Metadata;
        var s = article.Sections[section];
        var doc = new Document
        {
            new TextField(SearchFields.Title, m.Title, Field.Store.NO),
            new TextField(SearchFields.Heading, s.Title, Field.Store.NO),
            new TextField(SearchFields.Tags, string.Join(" , ", m.Tags), Field.Store.NO),
            new TextField(SearchFields.Text, s.Text, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Article, position),
            new NumericDocValuesField(SearchFields.Section, section),
        };
        foreach (var tag in m.Tags)
        {
            doc.Add(new StringField(SearchFields.TagSlug, TagSlug.From(tag), Field.Store.NO));
        }

        return doc;
    }
}
