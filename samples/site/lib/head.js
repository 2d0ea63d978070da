// What the layout puts in <head> for an article: social tags and JSON-LD, from the article JSON when the API gives
// them (`seo.openGraph`, `seo.twitter`, `jsonLdScript`/`jsonLd`), otherwise derived from its title and summary.
'use strict';

// Open Graph (https://ogp.me) and Twitter card tags as [{ attr, key, content }]: `property="og:*"` (and `article:*`),
// `name="twitter:*"`. The API's objects are flattened: `{ image: { url, alt } }` gives og:image and og:image:alt,
// arrays repeat the tag, camelCase Open Graph keys become the protocol's snake_case (siteName -> og:site_name).
function socialMeta(article) {
  if (!article) return [];
  const seo = article.seo || {};
  const imageUrl = article.cover?.src;
  const openGraph = isObject(seo.openGraph) ? seo.openGraph : {
    type: 'article',
    title: seo.metaTitle || article.title,
    description: seo.metaDescription || article.summary,
    url: seo.canonicalUrl || article.embed?.pageUrl,
    ...(imageUrl ? { image: { url: imageUrl, alt: article.cover.alt, width: article.cover.width, height: article.cover.height } } : {}),
    'article:published_time': article.published,
    ...(article.updated ? { 'article:modified_time': article.updated } : {}),
    ...(article.author ? { 'article:author': article.author } : {}),
    'article:tag': article.tags || [],
  };
  const twitter = isObject(seo.twitter) ? seo.twitter : {
    card: imageUrl ? 'summary_large_image' : 'summary',
    title: seo.metaTitle || article.title,
    description: seo.metaDescription || article.summary,
    ...(imageUrl ? { image: imageUrl, 'image:alt': article.cover.alt } : {}),
  };
  return [
    ...flatten(openGraph, 'og', key => key.replace(/[A-Z]/g, c => '_' + c.toLowerCase())).map(t => ({ attr: 'property', ...t })),
    ...flatten(twitter, 'twitter', key => key).map(t => ({ attr: 'name', ...t })),
  ];
}

function flatten(object, prefix, spell) {
  const tags = [];
  const add = (key, value) => {
    if (value === null || value === undefined || value === '') return;
    if (Array.isArray(value)) {
      value.forEach(v => add(key, v));
    } else if (isObject(value)) {
      // The structured property's own value first (og:image before og:image:alt), as the protocol orders them.
      const own = value.url ?? value.src ?? value.href;
      if (own !== undefined) add(key, own);
      for (const [k, v] of Object.entries(value)) {
        if (!['url', 'src', 'href'].includes(k)) add(`${key}:${spell(k)}`, v);
      }
    } else {
      tags.push({ key, content: String(value) });
    }
  };
  for (const [k, v] of Object.entries(object)) {
    add(k.includes(':') ? k : `${prefix}:${spell(k)}`, v);
  }

  return tags;
}

// The API's `jsonLdScript` is the element's content, ready: JSON with `<`, `>` and `&` already escaped (docs/site-api.md).
// Used as is when it is that (a JSON object with no `<` to close the element), else a script made from its `jsonLd`
// object with `<` escaped so that no string in it can close the element; nothing when it gives neither.
function jsonLdScript(article) {
  const ready = article?.jsonLdScript;
  if (typeof ready === 'string' && !ready.includes('<') && isObject(parseJson(ready))) {
    return `<script type="application/ld+json">${ready}</script>`;
  }

  if (isObject(article?.jsonLd)) {
    return `<script type="application/ld+json">${JSON.stringify(article.jsonLd).replace(/</g, '\\u003c')}</script>`;
  }

  return '';
}

// "5 December 2026" from the API's yyyy-MM-dd, in UTC so that the build machine's zone cannot shift the day. One
// formatter for the build: toLocaleDateString makes a new one per call, a tenth of a 1,000-article build.
const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

function readableDate(isoDate) {
  return isoDate ? dateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : '';
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

module.exports = { socialMeta, jsonLdScript, readableDate };
