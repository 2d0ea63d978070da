// The search page: runs this page's ?q= through GET /api/search on the API (its origin is in <meta name="nk-api">)
// and lists the hits with their highlighted snippets and the sections that matched. Progressive: a site whose API
// has no search endpoint (404) says "Search unavailable" instead of failing.
'use strict';

const MaxRetries = 3;

(async () => {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const query = (new URLSearchParams(location.search).get('q') || '').trim();
  document.getElementById('search-q').value = query;
  if (!query) return;

  const api = new URL(document.querySelector('meta[name="nk-api"]').content).origin;
  status.textContent = `Searching for “${query}”…`;
  let response;
  // A 503 with Retry-After means "not yet" (the API is still building its search index): wait as told, a bounded
  // number of times, then give up with the problem's detail. A 503 without Retry-After is a plain failure.
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(`${api}/api/search?q=${encodeURIComponent(query)}&limit=20`, { headers: { Accept: 'application/json' } });
    } catch {
      status.textContent = 'Search failed: the API did not answer.';
      status.dataset.state = 'error';
      return;
    }

    const wait = response.status === 503 ? retryAfterSeconds(response.headers.get('Retry-After')) : null;
    if (wait === null || attempt >= MaxRetries) break;
    status.textContent = `The search index is being built; trying again in ${wait} s…`;
    status.dataset.state = 'waiting';
    await new Promise(resolve => setTimeout(resolve, wait * 1000));
  }

  if (response.status === 404) {
    status.textContent = 'Search unavailable: this site’s API has no search.';
    status.dataset.state = 'unavailable';
    return;
  }

  if (!response.ok) {
    status.textContent = `Search failed: ${await problemDetail(response)}`;
    status.dataset.state = 'error';
    return;
  }

  const { results = [] } = await response.json();
  status.textContent = results.length ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.` : `Nothing found for “${query}”.`;
  status.dataset.state = 'done';
  list.replaceChildren(...results.map(renderResult));
})();

function renderResult(result) {
  const page = sitePath(result.pagePath);
  const item = el('li', { className: 'search-result' }, el('a', { href: page }, result.title));
  if (result.snippet) item.append(el('p', {}, ...highlighted(result.snippet)));
  if (result.sections?.length) {
    item.append(el('ul', {}, ...result.sections.map(section => el('li', {},
      el('a', { href: `${page}#${encodeURIComponent(section.id)}` }, section.title),
      section.snippet ? el('span', {}, ' — ', ...highlighted(section.snippet)) : ''))));
  }

  return item;
}

// The site's page for an article: its pagePath as a folder (the site writes each article to pagePath/index.html).
function sitePath(pagePath) {
  return `${String(pagePath || '/').replace(/\/+$/, '')}/`;
}

// The API's snippet is escaped HTML with the matches in <mark>: keep exactly that (text and <mark> around text),
// whatever else it might hold, so no markup from an index can run here.
function highlighted(snippet) {
  const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  return Array.from(doc.body.childNodes, node =>
    node.nodeName === 'MARK' ? el('mark', {}, node.textContent) : document.createTextNode(node.textContent));
}

// Retry-After as whole seconds clamped to 1..30 (delta-seconds or an HTTP-date, RFC 9110 §10.2.3), or null when
// absent or unreadable.
function retryAfterSeconds(header) {
  if (!header) return null;
  const value = header.trim();
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  if (Number.isNaN(seconds)) return null;
  return Math.min(30, Math.max(1, Math.ceil(seconds)));
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

function el(tag, props, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}
