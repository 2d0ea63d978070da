using Azure;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Storage;

namespace NkFunctions.Core.Reports.Sharing;

/// <summary>
/// The <c>sharedlinks</c> table: one partition (links are few, and listing them is one query), the id as row key so
/// checking a token is a point read.
/// </summary>
public sealed class SharedLinkStore(SharedLinkTable table)
{
    /// <summary>The table's name.</summary>
    public const string TableName = "sharedlinks";

    private const string Partition = "link";

    /// <summary>Stores a new link.</summary>
    public async Task AddAsync(SharedLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.AddEntityAsync(ToEntity(link), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The link with this id, or null.</summary>
    public async Task<SharedLink?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Every link, newest first.</summary>
    public async Task<List<SharedLink>> ListAsync(CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var links = new List<SharedLink>();
        await foreach (var entity in client.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            links.Add(FromEntity(entity));
        }

        return [.. links.OrderByDescending(l => l.Created).ThenBy(l => l.Id, StringComparer.Ordinal)];
    }

    /// <summary>Marks a link revoked (keeping the first revocation's time); false when there is no such link.</summary>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await client.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue)
        {
            return false;
        }

        var entity = found.Value!;
        if (entity.GetDateTimeOffset(nameof(SharedLink.Revoked)) is null)
        {
            // A merge of the one column: the rest of the row (the hash included) is left as it is.
            var patch = new TableEntity(Partition, id) { [nameof(SharedLink.Revoked)] = at };
            await client.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private static TableEntity ToEntity(SharedLink link)
    {
        var entity = new TableEntity(Partition, link.Id)
        {
            [nameof(SharedLink.Label)] = link.Label,
            [nameof(SharedLink.Created)] = link.Created,
            [nameof(SharedLink.SecretHash)] = link.SecretHash,
        };
        if (link.Article is not null)
        {
            entity[nameof(SharedLink.Article)] = link.Article;
        }

        if (link.Expires is { } expires)
        {
            entity[nameof(SharedLink.Expires)] = expires;
        }

        return entity;
    }

    private static SharedLink FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString(nameof(SharedLink.Label)) ?? string.Empty,
        entity.GetString(nameof(SharedLink.Article)),
        entity.GetDateTimeOffset(nameof(SharedLink.Created)) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(nameof(SharedLink.Expires)),
        entity.GetDateTimeOffset(nameof(SharedLink.Revoked)),
        entity.GetString(nameof(SharedLink.SecretHash)) ?? string.Empty);
}

/// <summary>The shared-links table, through the reports' client, created on first use.</summary>
public sealed class SharedLinkTable(ReportStorage storage) : TableOnFirstUse(storage.Service, SharedLinkStore.TableName);
