// Inlined into every embed page (the CSP allows exactly this text by its hash). Tells the embedding page how tall
// the content is, so the loader can fit the iframe to it without a scrollbar. The page runs sandboxed with an opaque
// origin and cannot reliably know its parent's origin, so it posts to '*': the message holds only a height and the
// secret the parent itself put in the fragment, which lets the parent match the message to this iframe.
(() => {
  'use strict';
  if (parent === self) return;
  const match = /(?:^#|&)nk=([A-Za-z0-9_-]{8,64})(?:&|$)/.exec(location.hash);
  const secret = match ? match[1] : '';
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      parent.postMessage({ type: 'nk-embed:height', height, secret }, '*');
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
})();
