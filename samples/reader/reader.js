// Demo reader: renders one article from the content API (GET /api/articles/{slug}) and loads the reading tracker.
//   /reader/?article=<slug>   picks the article (default nk-cells-in-pregnancy); the local host also redirects an
//                             article's public page path, /articles/<slug>, here
//   /reader/?api=<origin>     points at another API, on localhost only (see apiBase)
'use strict';

(async () => {
  const main = document.getElementById('reader');
  const params = new URLSearchParams(location.search);
  const slug = params.get('article') || 'nk-cells-in-pregnancy';

  try {
    const api = apiBase(params);
    const response = await fetch(`${api}/api/articles/${encodeURIComponent(slug)}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(await problemDetail(response));
    }

    const article = await response.json();
    main.replaceChildren(...renderArticle(article));
    document.title = article.title;
    addDiscovery(article);
    addTracker(api, article);
    // Opened at a section (a link from an embed, e.g. /articles/{slug}#{section}): show it now that it exists.
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  } catch (error) {
    main.replaceChildren(el('p', { className: 'error', role: 'alert' }, `Could not load the article: ${error.message}`));
  } finally {
    main.removeAttribute('aria-busy');
  }
})();

// The API base: the page's <meta name="nk-api">, else this origin. The section HTML is inserted as HTML, so the
// ?api= override is honoured only on a development machine: a link must not point the page at someone else's HTML.
function apiBase(params) {
  const isLocal = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
  const configured = (isLocal && params.get('api')) || document.querySelector('meta[name="nk-api"]')?.content || location.origin;
  const url = new URL(configured, location.href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`the API address ${configured} is not an http(s) URL`);
  }

  return url.origin;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status} ${response.statusText}`;
  }
}

function renderArticle(article) {
  const header = el('header', {},
    el('h1', { id: 'article-title' }, article.title),
    el('p', { className: 'byline' },
      article.author ? `By ${article.author} · ` : '',
      el('time', { dateTime: article.published }, formatDate(article.published)),
      article.updated ? ` · updated ${formatDate(article.updated)}` : '',
      ` · ${article.readingMinutes} min read`));
  if (article.disclaimer) {
    header.append(el('p', { className: 'disclaimer', role: 'note' }, article.disclaimer));
  }

  const nodes = [header];
  if (article.toc?.length) {
    nodes.push(el('nav', { className: 'toc', ariaLabel: 'Contents' }, el('h2', {}, 'Contents'), renderToc(article.toc)));
  }

  // One <section data-section> per API section: the tracker finds sections by that attribute.
  // The API's html is sanitized server-side for exactly this use.
  const body = el('article', { className: 'article' });
  for (const section of article.sections) {
    const element = el('section', {});
    element.dataset.section = section.id;
    element.innerHTML = section.html;
    if (section.embed) {
      element.append(renderEmbedCode(section));
    }

    body.append(element);
  }

  nodes.push(body);
  return nodes;
}

// Nested list of links to the headings (which carry their ids). The level-1 entry is the lead before the first
// heading, titled like the article: it is listed as the introduction and links to the title.
function renderToc(entries) {
  const list = el('ol', {});
  for (const entry of entries) {
    const link = entry.level === 1
      ? el('a', { href: '#article-title' }, 'Introduction')
      : el('a', { href: `#${entry.id}` }, entry.title);
    const item = el('li', {}, link);
    if (entry.children?.length) {
      item.append(renderToc(entry.children));
    }

    list.append(item);
  }

  return list;
}

// "Embed this section": the paste-in code the API offers for each section, with a copy button.
function renderEmbedCode(section) {
  const code = el('textarea', { readOnly: true, rows: 4, spellcheck: false, value: section.embed.code });
  code.setAttribute('aria-label', `Embed code for “${section.title}”`);
  const status = el('span', { className: 'embed-status', role: 'status' });
  const copy = el('button', { type: 'button' }, 'Copy embed code');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(section.embed.code);
      status.textContent = 'Copied.';
    } catch {
      code.select(); // clipboard refused (e.g. not a secure context): leave it selected for Ctrl+C
      status.textContent = 'Selected: press Ctrl+C to copy.';
    }
  });
  return el('details', { className: 'embed' },
    el('summary', {}, 'Embed this section'),
    el('p', {}, 'Paste this into your page. Readers see the section with a link back here; without scripts, the link alone.'),
    code, el('p', {}, copy, ' ', status));
}

// oEmbed discovery for consumers that run scripts (the server-side equivalent is the API's Link header).
function addDiscovery(article) {
  if (article.embed?.oembedUrl) {
    document.head.append(el('link', { rel: 'alternate', type: 'application/json+oembed', href: article.embed.oembedUrl, title: article.title }));
  }
}

function addTracker(api, article) {
  const script = document.createElement('script');
  script.defer = true;
  script.src = `${api}/api/nk.js`;
  script.dataset.article = article.slug;
  script.dataset.readingMinutes = String(article.readingMinutes);
  document.head.append(script);
}

function formatDate(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

// createElement with properties and children (strings become text nodes, never HTML).
function el(tag, properties, ...children) {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children.filter(child => child !== ''));
  return element;
}
