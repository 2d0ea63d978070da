using System.Text.Json;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>JSON Feed 1.1 (jsonfeed.org/version/1.1): every item has <c>content_text</c> (the summary) and, for full
/// content, <c>content_html</c>, since the spec requires one of the two.</summary>
internal static class JsonFeedWriter
{
    public static byte[] Write(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.SiteUrl);
            json.WriteString("feed_url", feed.SelfUrl);
            json.WriteString("description", feed.Description);
            Authors(json, feed.Title);
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Url);
                json.WriteString("url", entry.Url);
                json.WriteString("title", entry.Title);
                json.WriteString("summary", entry.Summary);
                json.WriteString("content_text", entry.Summary);
                if (entry.Html is not null)
                {
                    json.WriteString("content_html", entry.Html);
                }

                json.WriteString("date_published", entry.Published);
                json.WriteString("date_modified", entry.Updated);
                if (entry.Author is not null)
                {
                    Authors(json, entry.Author);
                }

                json.WriteStartArray("tags");
                foreach (var tag in entry.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Authors(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
