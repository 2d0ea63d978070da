// Embed preview: pastes every section's embed code (embed.code from GET /api/articles/{slug}) into this page, as a
// partner would, so authors see their sections as partners will. /reader/embeds.html?article=<slug>&theme=dark
'use strict';

(async () => {
  const main = document.getElementById('preview');
  const list = document.getElementById('embeds');
  const params = new URLSearchParams(location.search);
  const slug = params.get('article') || 'nk-cells-in-pregnancy';
  const theme = ['light', 'dark', 'auto'].includes(params.get('theme')) ? params.get('theme') : 'auto';
  const picker = document.getElementById('theme');
  picker.value = theme;
  picker.addEventListener('change', () => {
    params.set('theme', picker.value);
    location.search = params.toString();
  });

  try {
    const api = document.querySelector('meta[name="nk-api"]').content || location.origin;
    const response = await fetch(`${api}/api/articles/${encodeURIComponent(slug)}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const article = await response.json();
    list.replaceChildren();
    let loader;
    for (const item of [{ title: `${article.title} (whole article)`, embed: article.embed }, ...article.sections]) {
      // The code is the API's own, sanitized output (a blockquote and a script tag): parsed, not run, here; the
      // loader is added once below, exactly as several pasted snippets share one.
      const template = document.createElement('template');
      template.innerHTML = item.embed.code;
      const quote = template.content.querySelector('blockquote');
      quote.dataset.theme = theme;
      loader = template.content.querySelector('script').src;
      const code = document.createElement('pre');
      code.textContent = item.embed.code;
      const heading = document.createElement('h2');
      heading.textContent = item.title;
      list.append(heading, quote, code);
    }

    const script = document.createElement('script');
    script.async = true;
    script.src = loader;
    document.body.append(script);
  } catch (error) {
    list.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', role: 'alert', textContent: `Could not load the article: ${error.message}` }));
  } finally {
    main.removeAttribute('aria-busy');
  }
})();
