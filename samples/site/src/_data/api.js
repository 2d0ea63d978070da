// Everything the site shows, fetched from the content API once per build (Eleventy global data: `api` in templates).
// The API base comes from the environment: NK_API_BASE (default http://localhost:7071, where ./scripts/run-local.sh
// starts the local host). Lists are read a page at a time by following the API's own pagination (RFC 8288 `Link`
// rel="next", else `meta.pagination.next`), so the site's index pages are the API's pages.
'use strict';

const apiBase = apiOrigin(process.env.NK_API_BASE || 'http://localhost:7071');
const pageSize = positiveInt(process.env.NK_SITE_PAGE_SIZE, 15); // the API's own default; it caps at 100
const concurrency = 6; // article requests in flight at once: quick builds without flooding a small host
const timeoutMs = 30_000;

module.exports = async function () {
  const index = await readPages(`/api/articles?limit=${pageSize}`, 'articles');
  const summaries = index.flatMap(page => page.items);
  const tagList = (await getJson('/api/tags')).tags || [];
  const tags = [];
  for (const tag of tagList) {
    const pages = await readPages(`/api/tags/${encodeURIComponent(tag.slug)}?limit=${pageSize}`, 'articles');
    tags.push({ ...tag, pages });
  }

  const articles = (await mapLimited(summaries, concurrency, s => getJson(`/api/articles/${encodeURIComponent(s.slug)}`)))
    .map(withSitePaths);
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
    indexPages: sitePages(index, '/'),
    tagPages: tags.flatMap(tag => sitePages(tag.pages, `/tags/${tag.slug}/`).map(page => ({ ...page, tag }))),
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
    url = nextLink(headers.get('link')) || nextPage(url, body.meta?.pagination?.next);
  }

  return pages;
}

// Without a Link header: the same request for page `meta.pagination.next` (a page number; null on the last page).
function nextPage(url, next) {
  if (!Number.isInteger(next)) return null;
  const target = new URL(url, apiBase);
  target.searchParams.delete('cursor');
  target.searchParams.set('page', String(next));
  return target.pathname + target.search;
}

// Site URLs for the API's pages: /, /page/2/, ... under `root`.
function sitePages(pages, root) {
  const url = n => (n === 1 ? root : `${root}page/${n}/`);
  return pages.map(page => ({
    items: page.items.map(withSitePaths),
    number: page.number,
    total: pages.length,
    url: url(page.number),
    prev: page.number > 1 ? url(page.number - 1) : null,
    next: page.number < pages.length ? url(page.number + 1) : null,
  }));
}

// The site's own URL for an article (`pagePath` is where the API's feeds, sitemap and embeds link to: the site
// writes the page there, as a folder so that any static server finds it) and covers with absolute sources.
function withSitePaths(article) {
  return {
    ...article,
    href: `${article.pagePath.replace(/\/+$/, '')}/`,
    tagLinks: (article.tags || []).map(name => ({ name, href: `/tags/${tagSlug(name)}/` })),
    cover: article.cover ? { ...article.cover, src: absolute(article.cover.src), srcset: absoluteSrcset(article.cover.srcset) } : null,
    related: (article.related || []).map(r => ({ ...r, href: `${r.pagePath.replace(/\/+$/, '')}/` })),
  };
}

// The API's tag key (TagSlug.From in NkFunctions.Core): lower case, letters and digits kept, any other run one hyphen.
function tagSlug(name) {
  return name.trim().split(/[^\p{L}\p{Nd}]+/u).filter(Boolean).join('-').toLowerCase();
}

// RFC 8288: `<uri>; rel="next"` among comma-separated links; rel may hold several space-separated types. Our
// API's link targets never contain a comma or `>`.
function nextLink(header) {
  for (const part of (header || '').split(',')) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = match && match[2].split(';').map(p => p.trim()).find(p => /^rel\s*=/i.test(p));
    const types = rel ? rel.replace(/^rel\s*=\s*/i, '').replace(/"/g, '').toLowerCase().split(/\s+/) : [];
    if (types.includes('next')) return match[1];
  }

  return null;
}

// Path-absolute sources (/api/images/...) are the API's: the site is served from another origin.
function absolute(src) {
  return typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') ? apiBase + src : src;
}

function absoluteSrcset(srcset) {
  if (typeof srcset !== 'string' || !srcset) return srcset || null;
  return srcset.split(',').map(candidate => {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    return [absolute(url), ...descriptor].join(' ');
  }).join(', ');
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
