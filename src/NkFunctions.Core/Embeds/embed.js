/* embed.js: the partner embed loader (docs/embeds.md). A partner pastes, once per embed:
  <blockquote class="nk-embed" data-nk-embed="https://api.example/api/embed/{slug}/{sectionId}">
    <p><a href="https://site.example/articles/{slug}#{sectionId}">Section title</a> — from “Article”</p>
  </blockquote>
  <script async src="https://api.example/api/embed.js"></script>
The blockquote is what readers see without scripts. This script replaces each one with a sandboxed iframe of the
embed page and keeps the iframe as tall as its content, from the page's height messages. Optional attributes on the
blockquote: data-theme="light|dark|auto", data-max-width and data-max-height (CSS pixels).
Pasting several embeds includes the script several times: each copy handles the blockquotes no copy has claimed yet
and only the messages of its own iframes, so any number of embeds and copies work together. No globals. */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script) return;
  const api = new URL(script.src).origin;
  const MIN = 60, MAX = 20000; // a height message outside these bounds is clamped to them
  const frames = new Map(); // iframe -> { secret, max }

  const secret = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
  const pixels = value => {
    const n = parseInt(value, 10);
    return n > 0 ? n : undefined;
  };

  const upgrade = quote => {
    if (quote.dataset.nkEmbedState) return;
    let src;
    try {
      src = new URL(quote.dataset.nkEmbed, location.href);
    } catch {
      return;
    }
    // Only embed pages of the API this script came from: a snippet cannot be bent into framing anything else.
    if (src.origin !== api || !/\/embed\/[^/]+(\/[^/]+)?$/.test(src.pathname)) return;
    quote.dataset.nkEmbedState = 'framed';
    if (/^(light|dark|auto)$/.test(quote.dataset.theme || '')) src.searchParams.set('theme', quote.dataset.theme);
    const info = { secret: secret(), max: Math.min(MAX, pixels(quote.dataset.maxHeight) || MAX) };
    src.hash = 'nk=' + info.secret;

    const frame = document.createElement('iframe');
    // Scripts run (the height messages, the reading tracker) but never with our origin's rights, so the embed can't
    // reach this page, its cookies or storage; links open in a new, unsandboxed tab.
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    // The embed learns this page's origin (its partner analytics), never its path or query.
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.setAttribute('loading', 'lazy');
    frame.title = (quote.querySelector('a') || quote).textContent.trim().slice(0, 200) || 'Embedded article';
    const maxWidth = pixels(quote.dataset.maxWidth);
    frame.style.cssText = 'display:block;width:100%;border:0;margin:0 0 16px;color-scheme:normal;height:' +
      Math.min(info.max, 320) + 'px' + (maxWidth ? ';max-width:' + maxWidth + 'px' : '');
    frame.src = src.href;
    frames.set(frame, info);
    quote.before(frame);
    quote.hidden = true; // kept in the document: it is still the attribution if the frame cannot load
  };

  addEventListener('message', event => {
    for (const [frame, info] of frames) {
      if (event.source !== frame.contentWindow) continue;
      // A sandboxed embed has an opaque origin, which messages report as "null"; the API's own origin is accepted
      // for a frame a page's policy left unsandboxed. Anything else is not our embed.
      const data = event.data;
      if ((event.origin === 'null' || event.origin === api) && data && data.type === 'nk-embed:height' &&
          data.secret === info.secret && typeof data.height === 'number' && isFinite(data.height)) {
        frame.style.height = Math.round(Math.min(info.max, Math.max(MIN, data.height))) + 'px';
        frame.dataset.nkEmbedHeight = frame.style.height;
      }
      return;
    }
  });

  let pending = false;
  const scan = () => {
    pending = false;
    document.querySelectorAll('blockquote.nk-embed[data-nk-embed]').forEach(upgrade);
  };
  scan();
  // Snippets added later (single-page apps, late parsing) are picked up on the next frame.
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(scan);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
