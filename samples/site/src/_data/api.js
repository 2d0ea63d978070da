// Everything the site shows, fetched from the content API once per build (Eleventy global data: `api` in templates).
// The API base comes from the environment: NK_API_BASE (default http://localhost:7071, where ./scripts/run-local.sh
// starts the local host). Lists are read a page at a time by following the API's own pagination (RFC 8288 `Link`
// rel="next", else `meta.pagination.next`), so the site's index pages are the API's pages.
'use strict';

const { nextLink, nextPage, sitePages, withSitePaths } = require('../../lib/api-shapes.js');

const apiBase = apiOrigin(process.env.NK_API_BASE || 'http://localhost:7071');
const pageSize = positiveInt(process.env.NK_SITE_PAGE_SIZE, 15); // the API's own default; it caps at 100
const concurrency = 6; // article requests in flight at once: quick builds without flooding a small host
const timeoutMs = 30_000;

module.exports = async function () {
  const index = await readPages(`/api/articles?limit=${pageSize}`, 'articles');
  const summaries = index.flatMap(page => page.items);
  const tagList = (await getJson('/api/tags')).tags || [];
  const tags = await mapLimited(tagList, concurrency, async tag =>
    ({ ...tag, pages: await readPages(`/api/tags/${encodeURIComponent(tag.slug)}?limit=${pageSize}`, 'articles') }));

  const articles = (await mapLimited(summaries, concurrency, s => getJson(`/api/articles/${encodeURIComponent(s.slug)}`)))
    .map(article => withSitePaths(article, apiBase));
  return {
    base: apiBase,
    discovery: {
      feeds: [
        { type: 'application/rss+xml', href: `${apiBase}/api/feed.xml`, title: 'RSS' },
        { type: 'application/atom+xml', href: `${apiBase}/api/atom.xml`, title: 'Atom' },
        { type: 'application/feed+json', href: `${apiBase}/api/feed.json`, title: 'JSON Feed' },
      ],
      sitemap: `${apiBase}/api/sitemap.xml`,
    },
    indexPages: sitePages(index, '/', apiBase),
    tagPages: tags.flatMap(tag => sitePages(tag.pages, `/tags/${tag.slug}/`, apiBase).map(page => ({ ...page, tag }))),
    tags,
    articles,
  };
};

// Every page of a list, from `first` on: [{ items, number, total }], following `next` links until there are none.
async function readPages(first, key) {
  const pages = [];
  const seen = new Set();
  for (let url = first; url; ) {
    if (seen.has(url)) throw new Error(`the API's pagination loops back to ${url}`);
    seen.add(url);
    const { body, headers } = await get(url);
    pages.push({ items: body[key] || [], number: pages.length + 1 });
    url = nextLink(headers.get('link')) || nextPage(url, body.meta?.pagination?.next, apiBase);
  }

  return pages;
}

async function getJson(path) {
  return (await get(path)).body;
}

async function get(pathOrUrl) {
  const url = new URL(pathOrUrl, apiBase);
  if (url.origin !== apiBase) throw new Error(`the API linked outside itself: ${url}`);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new Error(`GET ${url} failed (${error.message}); is the API up at ${apiBase}? Set NK_API_BASE.`);
  }

  if (!response.ok) {
    const detail = await response.text().catch(() => '');
    throw new Error(`GET ${url} answered ${response.status}: ${detail.slice(0, 500)}`);
  }

  return { body: await response.json(), headers: response.headers };
}

// Runs `work` over `items` with at most `limit` in flight, keeping the order.
async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function apiOrigin(value) {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`NK_API_BASE must be an http(s) URL, not ${value}`);
  return url.origin;
}

function positiveInt(value, fallback) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`NK_SITE_PAGE_SIZE must be 1 to 100, not ${value}`);
  return n;
}
