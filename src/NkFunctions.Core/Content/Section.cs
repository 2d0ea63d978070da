namespace NkFunctions.Core.Content;

/// <summary>
/// One section of an article: the lead before the first <c>##</c> (id <c>introduction</c>), or one <c>##</c> heading
/// and everything up to the next. Deeper headings stay inside their section.
/// </summary>
/// <param name="Id">Unique within the article; the GitHub-style auto identifier of the heading.</param>
/// <param name="Title">Heading text (plain text); for the lead, the article title.</param>
/// <param name="Html">Sanitized HTML fragment of the section, heading included (the lead has no heading).</param>
/// <param name="Text">Plain text of the section, paragraphs separated by blank lines.</param>
/// <param name="Markdown">The section's Markdown source, exactly as authored.</param>
/// <param name="WordCount">Words in the section's text, heading included.</param>
/// <param name="ReadingMinutes">Reading time of this section alone, see <see cref="ReadingTime"/>.</param>
public sealed record Section(
    string Id,
    string Title,
    string Html,
    string Text,
    string Markdown,
    int WordCount,
    int ReadingMinutes);
