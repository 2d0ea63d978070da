/* nk.js: anonymous reading analytics (docs/beacons.md). No cookies, no storage, no globals. Usage:
<script defer src="https://host/api/nk.js" data-article="slug" data-reading-minutes="4" [data-api="https://host"]>
This is the readable source. GET /api/nk.js serves nk.min.js, built from it by scripts/build-tracker.sh (terser) and
committed: run the script after every change here (a browser test fails while the build is stale). Comments cost the
reader nothing, so say why freely; code that minifies poorly (long property chains, repeated literals) does cost. */
(() => {
  'use strict';
  const nav = navigator, doc = document, now = () => performance.now();
  // Privacy signals: do nothing at all.
  if (nav.globalPrivacyControl === true || nav.doNotTrack === '1') return;
  const data = (doc.currentScript || {}).dataset || {};
  if (!data.article) return;

  const IDLE = 5000, CAP = 1800000; // input counts for 5 s; engaged time stops at 30 min
  const url = (data.api || new URL(doc.currentScript.src).origin).replace(/\/+$/, '') + '/api/events';
  const halfReadMs = parseFloat(data.readingMinutes) * 30000; // NaN when absent: then the last section alone is a read

  // 16 random URL-safe chars per page load; event ids are <pageview>-<n>.
  const pageview = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12))))
    .replace(/[+/]/g, c => (c === '+' ? '-' : '_'));
  let n = 0;

  // The server keeps hosts only: only the referrer's scheme and host leave the browser.
  const env = { article: data.article, pageview };
  const ref = doc.referrer ? new URL(doc.referrer) : {}, from = ref.host ? ref.protocol + '//' + ref.host : undefined;
  // Inside a cross-origin iframe (a partner's embed) the document has no focus until clicked, so there input inside the
  // frame stands in for focus: otherwise embeds would report no engaged time for readers who only scroll.
  const framed = top !== self, focused = () => framed || doc.hasFocus();
  if (framed) {
    env.partner = (location.ancestorOrigins || [])[0] || from; // embedded: the referrer is the partner's page
  } else {
    env.referrer = from;
  }
  const query = new URLSearchParams(location.search), utm = {};
  for (const k of ['source', 'medium', 'campaign']) {
    const v = (query.get('utm_' + k) || '').trim().slice(0, 100);
    if (v) utm[k] = v;
  }
  if (Object.keys(utm).length) env.utm = utm;
  env.bot = nav.webdriver === true ? 'webdriver' : /HeadlessChrome/.test(nav.userAgent) ? 'headless' : undefined;

  // sendBeacon with a string body (text/plain: no preflight); keepalive fetch if it refuses. 50 events a request.
  const queue = [];
  const add = (type, fields) => queue.push(Object.assign({ id: pageview + '-' + n++, type }, fields));
  const flush = () => {
    while (queue.length) {
      const body = JSON.stringify(Object.assign({ events: queue.splice(0, 50) }, env));
      if (!(nav.sendBeacon && nav.sendBeacon(url, body))) {
        fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } })
          .catch(() => {});
      }
    }
  };

  const sections = doc.querySelectorAll('[data-section]');
  const last = sections.length && sections[sections.length - 1].dataset.section;
  const share = {}, timers = {}, seen = {}, sectionMs = {}; // by section id
  let engaged = 0, depth = 0, input = -IDLE, tickAt = 0, active = false, read = false, reported;
  const visible = () => !doc.hidden;

  const scrolled = () => {
    const h = doc.documentElement.scrollHeight;
    depth = Math.max(depth, h ? Math.min(100, Math.round((scrollY + innerHeight) / h * 100)) : 100);
  };

  const checkRead = () => {
    if (!read && seen[last] && !(engaged < halfReadMs)) {
      read = true;
      add('read', { engagedMs: engaged });
    }
  };

  // Engaged ms since the last tick: the page was visible and focused then, and input came <= 5 s before.
  // Credited to the most visible section. Runs every second and on each focus, visibility or idle change.
  const tick = () => {
    const t = now();
    const gain = active ? Math.round(Math.min(Math.max(0, Math.min(t, input + IDLE) - tickAt), CAP - engaged)) : 0;
    if (gain > 0) {
      engaged += gain;
      let top, max = 0;
      for (const id in share) {
        if (share[id] > max) { top = id; max = share[id]; }
      }
      if (top) sectionMs[top] = (sectionMs[top] || 0) + gain;
    }
    tickAt = t;
    active = visible() && focused();
    checkRead();
  };

  const onInput = () => {
    if (now() - input >= IDLE) tick(); // back from idle: the time before this input was not engaged
    input = now();
  };

  // Queues the totals so far, when they changed since the last report (section times change with engaged time).
  const report = () => {
    tick();
    if (reported !== engaged + '/' + depth) {
      reported = engaged + '/' + depth;
      add('engagement', { engagedMs: engaged, scrollDepth: depth, sections: Object.assign({}, sectionMs) });
    }
  };

  // Seen: >= 50% of the section visible, or it fills >= 50% of the viewport, for 1 s on a visible page; once each.
  const arm = id => {
    if (share[id] >= 0.5 && !seen[id] && !timers[id] && visible()) {
      timers[id] = setTimeout(() => {
        seen[id] = true;
        add('section', { section: id });
        checkRead();
      }, 1000);
    }
  };
  const disarm = id => {
    clearTimeout(timers[id]);
    timers[id] = 0;
  };
  const intersected = entries => {
    for (const e of entries) {
      // Visibility: the larger of the share of the section in view and the share of the viewport it fills.
      const id = e.target.dataset.section, h = e.isIntersecting ? e.intersectionRect.height : 0;
      share[id] = h && Math.max(e.intersectionRatio, h / (e.rootBounds ? e.rootBounds.height : innerHeight));
      share[id] >= 0.5 ? arm(id) : disarm(id);
    }
  };

  let started = false;
  const start = () => {
    if (started || doc.prerendering || !visible()) return;
    started = true;
    add('pageview');
    flush(); // at once; the rest when the page is hidden or left, or every 15 s
    tickAt = now();
    active = focused();
    scrolled();
    if (window.IntersectionObserver) {
      // Fine thresholds, to notice a section far taller than the viewport filling half of it.
      const observer = new IntersectionObserver(intersected, { threshold: Array.from({ length: 101 }, (_, i) => i / 100) });
      sections.forEach(el => observer.observe(el));
    }
    for (const type of ['scroll', 'keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart']) {
      doc.addEventListener(type, onInput, { capture: true, passive: true });
    }
    addEventListener('scroll', scrolled, { passive: true });
    addEventListener('resize', scrolled);
    addEventListener('focus', tick);
    addEventListener('blur', tick);
    addEventListener('pagehide', () => {
      report();
      active = false; // leaving: the visibilitychange that follows adds nothing
      flush();
    });
    setInterval(tick, 1000);
    setInterval(flush, 15000);
  };

  // Hidden or prerendered at load: the page view counts from the first time the page is shown.
  doc.addEventListener('prerenderingchange', start);
  doc.addEventListener('visibilitychange', () => {
    if (!started) return start();
    tick();
    for (const id in share) visible() ? arm(id) : disarm(id);
    if (!visible()) {
      report();
      flush();
    }
  });
  start();
})();
