// Unit tests of the site's pure functions (node:test, no dependency): `node --test samples/site/test/site.test.js`;
// SiteScriptsTests (tests/NkFunctions.BrowserTests/Site) runs them with the .NET tests.
// They cover what the local host on main cannot show yet: covers, `seo` and `jsonLd` from the parallel branches.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const shapes = require('../lib/api-shapes.js');
const head = require('../lib/head.js');

const api = 'http://127.0.0.1:7071';

test('nextLink finds rel="next" in the API\'s Link header, and nothing on the last page', () => {
  const header = '</api/articles?limit=6&page=1>; rel="first", </api/articles?limit=6&page=3>; rel="last", '
    + '</api/articles?limit=6&page=1>; rel="prev", </api/articles?limit=6&page=3>; rel="next"';
  assert.equal(shapes.nextLink(header), '/api/articles?limit=6&page=3');
  assert.equal(shapes.nextLink('</a?page=1>; rel="first", </a?page=1>; rel="prev"'), null);
  assert.equal(shapes.nextLink('</x?page=2>; title="n"; rel="prefetch next"'), '/x?page=2');
  assert.equal(shapes.nextLink(null), null);
});

test('nextPage asks the same list for meta.pagination.next, and stops when it is null', () => {
  assert.equal(shapes.nextPage('/api/tags/site-test?limit=6', 2, api), '/api/tags/site-test?limit=6&page=2');
  assert.equal(shapes.nextPage('/api/articles?limit=6&page=2', 3, api), '/api/articles?limit=6&page=3');
  assert.equal(shapes.nextPage('/api/articles?limit=6&page=3', null, api), null);
});

test('sitePages gives the API\'s pages site URLs with prev and next', () => {
  const pages = shapes.sitePages([1, 2, 3].map(number => ({ number, items: [] })), '/tags/x/', api);
  assert.deepEqual(pages.map(p => [p.url, p.prev, p.next, p.total]), [
    ['/tags/x/', null, '/tags/x/page/2/', 3],
    ['/tags/x/page/2/', '/tags/x/', '/tags/x/page/3/', 3],
    ['/tags/x/page/3/', '/tags/x/page/2/', null, 3],
  ]);
});

test('withSitePaths puts a path-absolute cover on the API\'s origin and leaves absolute ones', () => {
  const article = {
    slug: 'a', pagePath: '/articles/a', tags: ['NK Cells', '  Site  Test! '], related: [{ slug: 'b', pagePath: '/articles/b' }],
    cover: { src: '/api/images/ab12/c.jpg', alt: 'A cell', width: 1600, height: 900, srcset: '/api/images/ab12/c-480.jpg 480w, https://cdn.example/c-960.jpg 960w' },
  };
  const shaped = shapes.withSitePaths(article, api);
  assert.equal(shaped.href, '/articles/a/');
  assert.equal(shaped.cover.src, `${api}/api/images/ab12/c.jpg`);
  assert.equal(shaped.cover.srcset, `${api}/api/images/ab12/c-480.jpg 480w, https://cdn.example/c-960.jpg 960w`);
  assert.equal(shaped.cover.alt, 'A cell');
  assert.deepEqual(shaped.tagLinks.map(t => t.href), ['/tags/nk-cells/', '/tags/site-test/']);
  assert.equal(shaped.related[0].href, '/articles/b/');
  assert.equal(shapes.withSitePaths({ pagePath: '/articles/a', cover: null }, api).cover, null);
  assert.equal(shapes.absolute('https://img.example/x.jpg', api), 'https://img.example/x.jpg');
  assert.equal(shapes.absolute('//img.example/x.jpg', api), '//img.example/x.jpg');
});

test('socialMeta derives Open Graph and Twitter tags from the article without seo', () => {
  const tags = head.socialMeta({
    title: 'T', summary: 'S', published: '2026-11-01', author: 'Ada', tags: ['x', 'y'],
    embed: { pageUrl: 'https://site.example/articles/a' },
    cover: { src: `${api}/api/images/h/c.jpg`, alt: 'Alt', width: 1600, height: 900 },
  });
  const find = key => tags.filter(t => t.key === key).map(t => t.content);
  assert.deepEqual(find('og:title'), ['T']);
  assert.deepEqual(find('og:description'), ['S']);
  assert.deepEqual(find('og:url'), ['https://site.example/articles/a']);
  assert.deepEqual(find('og:image'), [`${api}/api/images/h/c.jpg`]);
  assert.deepEqual(find('og:image:alt'), ['Alt']);
  assert.deepEqual(find('article:tag'), ['x', 'y']);
  assert.deepEqual(find('twitter:card'), ['summary_large_image']);
  assert.ok(tags.filter(t => t.key.startsWith('og:')).every(t => t.attr === 'property'));
  assert.ok(tags.filter(t => t.key.startsWith('twitter:')).every(t => t.attr === 'name'));
  assert.deepEqual(head.socialMeta({ title: 'T', summary: 'S' }).filter(t => t.key === 'twitter:card').map(t => t.content), ['summary']);
});

test('socialMeta takes seo.openGraph and seo.twitter as given, flattened to the protocols\' names', () => {
  const tags = head.socialMeta({
    title: 'Ignored', summary: 'Ignored',
    seo: {
      openGraph: { title: 'OG', siteName: 'NK', image: { url: 'https://x/c.jpg', alt: 'A', width: 10 }, 'article:section': 'Health' },
      twitter: { card: 'summary', 'twitter:site': '@nk' },
    },
  });
  assert.deepEqual(tags.map(t => `${t.attr} ${t.key}=${t.content}`), [
    'property og:title=OG', 'property og:site_name=NK', 'property og:image=https://x/c.jpg', 'property og:image:alt=A',
    'property og:image:width=10', 'property article:section=Health', 'name twitter:card=summary', 'name twitter:site=@nk',
  ]);
});

test('jsonLdScript uses the API\'s script text, else its object with < escaped, else nothing', () => {
  const ready = '{"@type":"MedicalWebPage","headline":"\\u003C/script>"}';
  assert.equal(head.jsonLdScript({ jsonLdScript: ready, jsonLd: { a: 1 } }), `<script type="application/ld+json">${ready}</script>`);
  assert.equal(head.jsonLdScript({ jsonLdScript: '{"headline":"</script>"}' }), '');
  assert.equal(
    head.jsonLdScript({ jsonLd: { '@type': 'Article', headline: '</script><b>' } }),
    '<script type="application/ld+json">{"@type":"Article","headline":"\\u003c/script>\\u003cb>"}</script>');
  assert.equal(head.jsonLdScript({ jsonLdScript: '<b>not a script</b>' }), '');
  assert.equal(head.jsonLdScript({}), '');
  assert.equal(head.jsonLdScript(undefined), '');
});

test('readableDate writes the API\'s date in words, in UTC', () => {
  assert.equal(head.readableDate('2026-11-03'), '3 November 2026');
  assert.equal(head.readableDate(null), '');
});

test('absoluteImages puts the sections\' path-absolute img src and srcset on the API\'s origin, and nothing else', () => {
  const api = 'http://api.example:7071';
  const html = '<p><a href="/articles/x">x</a></p><img src="/api/images/ab/d.png" width="10" height="5" srcset="/api/images/cd/d-480w.png 480w, /api/images/ab/d.png 1000w" alt="d">'
    + '<img src="https://cdn.example/e.png" alt="e">';
  assert.equal(shapes.absoluteImages(html, api),
    '<p><a href="/articles/x">x</a></p><img src="http://api.example:7071/api/images/ab/d.png" width="10" height="5" srcset="http://api.example:7071/api/images/cd/d-480w.png 480w, http://api.example:7071/api/images/ab/d.png 1000w" alt="d">'
    + '<img src="https://cdn.example/e.png" alt="e">');
  assert.equal(shapes.withSitePaths({ pagePath: '/articles/a', sections: [{ id: 's', html: '<img src="/api/images/ab/d.png">' }] }, api).sections[0].html,
    '<img src="http://api.example:7071/api/images/ab/d.png">');
});
