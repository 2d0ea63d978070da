// Pure functions over the API's answers, shared by the data file (src/_data/api.js) and its tests (test/): where the
// next page is, the site's URLs for pages and articles, and image sources made absolute on the API's origin.
'use strict';

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

// Without a Link header: the same request for page `meta.pagination.next` (a page number; null on the last page).
function nextPage(url, next, apiBase) {
  if (!Number.isInteger(next)) return null;
  const target = new URL(url, apiBase);
  target.searchParams.delete('cursor');
  target.searchParams.set('page', String(next));
  return target.pathname + target.search;
}

// Site URLs for the API's pages: /, /page/2/, ... under `root`.
function sitePages(pages, root, apiBase) {
  const url = n => (n === 1 ? root : `${root}page/${n}/`);
  return pages.map(page => ({
    items: page.items.map(item => withSitePaths(item, apiBase)),
    number: page.number,
    total: pages.length,
    url: url(page.number),
    prev: page.number > 1 ? url(page.number - 1) : null,
    next: page.number < pages.length ? url(page.number + 1) : null,
  }));
}

// The site's own URL for an article (`pagePath` is where the API's feeds, sitemap and embeds link to: the site
// writes the page there, as a folder so that any static server finds it) and covers with absolute sources.
function withSitePaths(article, apiBase) {
  return {
    ...article,
    href: `${article.pagePath.replace(/\/+$/, '')}/`,
    tagLinks: (article.tags || []).map(name => ({ name, href: `/tags/${tagSlug(name)}/` })),
    cover: article.cover ? { ...article.cover, src: absolute(article.cover.src, apiBase), srcset: absoluteSrcset(article.cover.srcset, apiBase) } : null,
    related: (article.related || []).map(r => ({ ...r, href: `${r.pagePath.replace(/\/+$/, '')}/` })),
    ...(Array.isArray(article.sections) ? { sections: article.sections.map(s => ({ ...s, html: absoluteImages(s.html, apiBase) })) } : {}),
  };
}

// In-body images of the sections' HTML (the API's sanitized output: double-quoted attributes) put on the API's origin
// too, unless the API was configured with Embeds:PublicApiOrigin and already wrote them absolute.
function absoluteImages(html, apiBase) {
  if (typeof html !== 'string') return html;
  return html.replace(/<img\b[^>]*>/g, img => img
    .replace(/(\ssrc=")([^"]*)"/, (_, start, src) => `${start}${absolute(src, apiBase)}"`)
    .replace(/(\ssrcset=")([^"]*)"/, (_, start, srcset) => `${start}${absoluteSrcset(srcset, apiBase)}"`));
}

// The API's tag key (TagSlug.From in NkFunctions.Core): lower case, letters and digits kept, any other run one hyphen.
function tagSlug(name) {
  return name.trim().split(/[^\p{L}\p{Nd}]+/u).filter(Boolean).join('-').toLowerCase();
}

// Path-absolute sources (/api/images/...) are the API's: the site is served from another origin.
function absolute(src, apiBase) {
  return typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') ? apiBase + src : src;
}

function absoluteSrcset(srcset, apiBase) {
  if (typeof srcset !== 'string' || !srcset) return srcset || null;
  return srcset.split(',').map(candidate => {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    return [absolute(url, apiBase), ...descriptor].join(' ');
  }).join(', ');
}

module.exports = { nextLink, nextPage, sitePages, withSitePaths, tagSlug, absolute, absoluteSrcset, absoluteImages };
