// The analysts' dashboard (served at /api/dashboard). Reads the key-protected stats API (docs/stats-api.md) with the
// function key in the x-functions-key header: never in a URL, where it would end up in logs, history and Referer
// headers. The key lives in this page's memory, or in sessionStorage when the analyst asks (gone with the tab).
// Charts are Chart.js (served beside this file); every chart has a table with the same figures for screen readers
// and keyboard users. Values from the API (referrer hosts, utm values) are attacker-controlled: they are only ever
// set as textContent or drawn on a canvas, never parsed as HTML.
(() => {
  'use strict';

  const STORAGE_KEY = 'nk-dashboard-key';
  const DEFAULT_DAYS = 30;
  const BREAKDOWN_LIMIT = 10;
  const TOP_ARTICLES_LIMIT = 100;
  // The realtime report is cached 5 s by the API; polling every 15 s (never under 10 s, docs/stats-api.md) shows
  // fresh figures on every poll at a fraction of the storage reads.
  const REALTIME_POLL_MS = 15_000;
  const BREAKDOWNS = [
    { by: 'referrer', title: 'Top referrers', column: 'Referrer host', none: 'direct visits' },
    { by: 'partner', title: 'Partners', column: 'Partner site', none: 'not embedded' },
    { by: 'device', title: 'Devices', column: 'Device' },
    { by: 'browser', title: 'Browsers', column: 'Browser' },
    { by: 'os', title: 'Operating systems', column: 'OS' },
    // The API sends ISO codes; the reader sees names in their own language with the code, and a bar chart of the rows.
    { by: 'country', title: 'Countries', column: 'Country', none: 'unknown or local address', label: countryName, chart: 'country-chart' },
    { by: 'utm_source', title: 'Campaign sources', column: 'utm_source' },
    { by: 'utm_medium', title: 'Campaign media', column: 'utm_medium' },
    { by: 'utm_campaign', title: 'Campaigns', column: 'utm_campaign' },
    // Custom events from Plausible's trackers: these count events (a page view may convert more than once).
    // Their conversion rate is the converting visitors over all visitors of the report (its article and filters).
    { by: 'goal', title: 'Goals (custom events)', column: 'Goal', count: 'Events', conversion: true, empty: 'No custom events in this range.' },
    { by: 'prop', title: 'Goal properties', column: 'Goal | property=value', count: 'Events', conversion: true, empty: 'No custom events in this range.' },
  ];

  // The API's base (/api/), from this script's own URL (/api/dashboard/dashboard.js), so a route prefix is not repeated.
  const apiBase = new URL('../', document.currentScript.src);
  const $ = id => document.getElementById(id);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');

  let key = readStoredKey();
  // A shared link (#share=<token>) replaces the key with its read-only token: see "shared links" below.
  const sharedToken = readSharedToken();
  let sharedArticle = null; // the one article an article link may read
  let generation = 0; // only the latest load may write to the page
  let lastData = null; // redrawn when the colour scheme changes
  let activeFilters = []; // "device==mobile", ...: the API's filter syntax, in the URL as filters=
  let topSort = { sort: 'pageviews', order: 'desc' }; // the top-articles table's sort, changed by its headers
  let realtimeTimer = null;
  let realtimeGeneration = 0;
  let lastRealtime = null;

  // ---- formatting -------------------------------------------------------------------------------------------------

  const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

  function seconds(value) {
    if (value < 60) {
      return `${decimal.format(value)} s`;
    }
    const whole = Math.round(value);
    return `${integer.format(Math.floor(whole / 60))} min ${integer.format(whole % 60)} s`;
  }

  const METRICS = {
    pageviews: v => integer.format(v),
    visitors: v => integer.format(v),
    reads: v => integer.format(v),
    readRatio: v => percent.format(v),
    medianEngagedSeconds: seconds,
    avgScrollDepth: v => percent.format(v / 100),
    bounceRate: v => percent.format(v),
    bots: v => integer.format(v),
  };

  // ---- the key ----------------------------------------------------------------------------------------------------

  function readStoredKey() {
    try {
      return sessionStorage.getItem(STORAGE_KEY);
    } catch {
      return null; // storage disabled: memory only
    }
  }

  function setKey(value, remember) {
    key = value;
    try {
      if (remember) {
        sessionStorage.setItem(STORAGE_KEY, value);
      } else {
        sessionStorage.removeItem(STORAGE_KEY);
      }
    } catch {
      // storage disabled: memory only
    }
    showKeyState();
  }

  function forgetKey() {
    key = null;
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored
    }
    showKeyState();
  }

  function showKeyState() {
    const stored = key !== null && readStoredKey() === key;
    $('key-form').hidden = key !== null;
    $('key-set').hidden = key === null;
    $('key-where').textContent = stored ? ' (kept for this tab)' : ' (in this page only)';
  }

  // ---- status -----------------------------------------------------------------------------------------------------

  function say(text, kind = 'info', retry = false) {
    $('status').dataset.kind = kind;
    $('status-text').textContent = text;
    $('retry').hidden = !retry;
  }

  class ApiError extends Error {
    constructor(status, detail, retryAfter) {
      super(detail);
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  async function failure(response) {
    let detail = `${response.status} ${response.statusText}`.trim();
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch {
        // not the problem document it claimed to be: keep the status line
      }
    }
    return new ApiError(response.status, detail, response.headers.get('Retry-After'));
  }

  function report(error) {
    if (sharedToken !== null && error instanceof ApiError && error.status === 401) {
      stopRealtime();
      say(`This shared link does not work (any more): ${error.message}`, 'error');
    } else if (error instanceof ApiError && error.status === 401) {
      forgetKey();
      stopRealtime();
      say('The key was not accepted (401). Enter it again.', 'error');
      $('key-input').focus();
    } else if (error instanceof ApiError && error.status === 503) {
      const after = /^\d+$/.test(error.retryAfter || '') ? ` in ${error.retryAfter} s` : ' in a moment';
      say(`Storage is unavailable; retry${after}. ${error.message}`, 'error', true);
    } else if (error instanceof ApiError) {
      say(`The API refused the request (${error.status}): ${error.message}`, 'error');
    } else {
      say(`Could not reach the API: ${error.message}`, 'error', true);
    }
  }

  // ---- requests ---------------------------------------------------------------------------------------------------

  function filters() {
    return {
      article: $('article').value,
      from: $('from').value,
      to: $('to').value,
      interval: $('interval').value,
      compare: $('compare').value,
      filters: activeFilters.join(';'),
    };
  }

  // ---- the page's state in its URL ---------------------------------------------------------------------------------
  // Article, dates, comparison and interval live in the query string, so a view can be bookmarked, shared and reached
  // with the back button. The key never does: it stays in memory or session storage.

  const STATE_FIELDS = ['article', 'from', 'to', 'compare', 'interval'];
  const OPERATORS = { '==': 'is', '!=': 'is not', '~': 'contains' };

  function writeUrl(f, push) {
    const next = new URL(location.href);
    next.search = '';
    for (const name of [...STATE_FIELDS, 'filters']) {
      if (f[name]) {
        next.searchParams.set(name, f[name]);
      }
    }
    if (next.href !== location.href) {
      // The first view of a bare /api/dashboard replaces it: back should leave the page, not reload the same view.
      history[push && location.search !== '' ? 'pushState' : 'replaceState'](null, '', next);
    }
  }

  // Applies the URL's state to the form; values the form cannot show (an unknown article, a malformed date) are left
  // at what the form has, so a damaged link still opens a working dashboard.
  function readUrl() {
    const params = new URLSearchParams(location.search);
    activeFilters = (params.get('filters') || '').split(';').map(s => s.trim()).filter(s => /^[a-z_]+(==|!=|~)./.test(s));
    renderChips();
    for (const name of STATE_FIELDS) {
      const value = params.get(name);
      if (value === null || (name === 'article' && sharedArticle !== null)) {
        continue;
      }
      const field = $(name);
      if (field.tagName === 'SELECT' ? [...field.options].some(o => o.value === value) : /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        field.value = value;
      }
    }
  }

  function url(path, params) {
    const target = new URL(path, apiBase);
    for (const [name, value] of Object.entries(params)) {
      if (value !== '' && value !== undefined && value !== null) {
        target.searchParams.set(name, String(value));
      }
    }
    return target;
  }

  function scope(f) {
    const range = f.article ? { article: f.article, from: f.from, to: f.to } : { from: f.from, to: f.to };
    return f.filters ? { ...range, filters: f.filters } : range;
  }

  // ---- filters ----------------------------------------------------------------------------------------------------

  function addFilter(by, value, op = '==') {
    const filter = `${by}${op}${value}`;
    if (value.includes(';') || activeFilters.includes(filter)) {
      return; // ';' separates filters: such a value cannot be one
    }
    activeFilters = [...activeFilters, filter];
    renderChips();
    load();
  }

  // The "Add a filter" form: every breakdown dimension and the article, each with is / is not / contains.
  function buildFilterForm() {
    const options = [{ by: 'article', column: 'Article (slug)' }, ...BREAKDOWNS].map(b => {
      const option = document.createElement('option');
      option.value = b.by;
      option.textContent = b.column;
      return option;
    });
    $('filter-by').replaceChildren(...options);
  }

  function submitFilterForm(event) {
    event.preventDefault();
    const value = $('filter-value').value.trim();
    const problem = value === '' ? 'Enter a value to filter on.'
      : value.includes(';') ? 'A value cannot contain ";" (it separates filters).'
      : activeFilters.includes(`${$('filter-by').value}${$('filter-op').value}${value}`) ? 'That filter is already on.'
      : null;
    $('filter-error').textContent = problem ?? '';
    $('filter-error').hidden = problem === null;
    $('filter-value').setAttribute('aria-invalid', String(problem !== null));
    if (problem !== null) {
      $('filter-value').focus();
      return;
    }
    addFilter($('filter-by').value, value, $('filter-op').value);
    $('filter-value').value = '';
  }

  function removeFilter(filter) {
    activeFilters = activeFilters.filter(f => f !== filter);
    renderChips();
    load();
  }

  function renderChips() {
    $('filter-bar').hidden = activeFilters.length === 0;
    $('filter-chips').replaceChildren(...activeFilters.map(filter => {
      const [, by, op, value] = /^([a-z_]+)(==|!=|~)(.*)$/.exec(filter);
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.dataset.filter = filter;
      button.textContent = `${by} ${OPERATORS[op]} ${value} ×`;
      button.setAttribute('aria-label', `Remove filter: ${by} ${OPERATORS[op]} ${value}`);
      li.append(button);
      return li;
    }));
  }

  async function stats(path, params, accept = 'application/json') {
    const response = await fetch(url(sharedToken !== null ? `shared/${path}` : path, params), {
      headers: { ...(sharedToken !== null ? { Authorization: `Bearer ${key}` } : { 'x-functions-key': key }), Accept: accept },
      cache: 'no-store',
      credentials: 'omit',
    });
    if (!response.ok) {
      throw await failure(response);
    }
    return response;
  }

  const json = async (path, params) => (await stats(path, params)).json();

  async function load({ push = true } = {}) {
    if (key === null) {
      say('Enter the function key to see the report.');
      $('key-input').focus();
      return;
    }
    const f = filters();
    if (!f.from || !f.to) {
      say('Choose both dates of the range.', 'error');
      return;
    }
    const mine = ++generation;
    writeUrl(f, push);
    const q = scope(f);
    $('report').setAttribute('aria-busy', 'true');
    say('Loading the report…');
    try {
      // The summary first, alone: a wrong key or a storage outage then costs one refused request, not ten.
      const compared = f.compare ? { compare: f.compare } : {};
      const summary = await json('stats/summary', { ...q, ...compared });
      if (realtimeTimer === null) {
        scheduleRealtime(); // the key works: start the panel's polling beside the report
      }
      const [topArticles, timeseries, sections, ...breakdowns] = await Promise.all([
        json('stats/breakdown', topArticlesParams(f)),
        json('stats/timeseries', { ...q, ...compared, interval: f.interval }),
        f.article ? json('stats/sections', q) : Promise.resolve(null),
        ...BREAKDOWNS.map(b => json('stats/breakdown', { ...q, by: b.by, limit: BREAKDOWN_LIMIT })),
      ]);
      if (mine !== generation) {
        return;
      }
      lastData = { summary, topArticles, timeseries, sections, breakdowns, interval: f.interval, article: f.article };
      render(lastData);
      const title = f.article ? $('article').selectedOptions[0].textContent : 'all articles';
      say(`Showing ${title}, ${summary.from} to ${summary.to} (UTC).`);
    } catch (error) {
      if (mine === generation) {
        report(error);
      }
    } finally {
      if (mine === generation) {
        $('report').setAttribute('aria-busy', 'false');
      }
    }
  }

  async function downloadCsv(button) {
    if (key === null) {
      say('Enter the function key first.', 'error');
      $('key-input').focus();
      return;
    }
    const f = filters();
    const reportName = button.dataset.report;
    // Realtime takes only the article: it is always the last 30 minutes, unfiltered.
    const params = reportName === 'realtime'
      ? { ...(f.article ? { article: f.article } : {}), format: 'csv' }
      : { ...scope(f), format: 'csv' };
    if (reportName === 'timeseries') {
      params.interval = f.interval;
    } else if (reportName === 'breakdown' && button.dataset.by === 'article') {
      Object.assign(params, topArticlesParams(f));
    } else if (reportName === 'breakdown') {
      params.by = button.dataset.by;
      params.limit = BREAKDOWN_LIMIT;
    } else if (reportName === 'sections' && !f.article) {
      say('Choose an article to download its sections.', 'error');
      return;
    }
    try {
      const response = await stats(`stats/${reportName}`, params, 'text/csv');
      const blob = await response.blob();
      const name = fileName(response.headers.get('Content-Disposition')) || `nk-${reportName}.csv`;
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      say(`Downloaded ${name}.`);
    } catch (error) {
      report(error);
    }
  }

  function fileName(disposition) {
    const match = /filename="?([^";]+)"?/i.exec(disposition || '');
    return match ? match[1].replace(/[\\/]/g, '_') : null;
  }

  // ---- rendering --------------------------------------------------------------------------------------------------

  function render(data) {
    for (const dd of document.querySelectorAll('#summary dd')) {
      const value = data.summary[dd.dataset.metric];
      dd.textContent = typeof value === 'number' ? METRICS[dd.dataset.metric](value) : '–';
      dd.dataset.value = typeof value === 'number' ? String(value) : '';
      if (data.summary.change) {
        const change = document.createElement('span');
        change.className = 'change';
        change.textContent = describeChange(dd.dataset.metric, data.summary.change[dd.dataset.metric], data.summary.previous);
        dd.append(change);
      }
    }
    $('summary-scope').textContent = `${data.summary.article ?? 'All articles'}, ${data.summary.from} to ${data.summary.to} (UTC)`;
    renderTopArticles(data.topArticles, data.article);
    renderTimeseries(data.timeseries);
    renderSections(data.sections);
    BREAKDOWNS.forEach((b, i) => renderBreakdown(b, data.breakdowns[i]));
  }

  // "↑ 50% vs 7 Oct – 5 Nov": counts and times in percent, ratios in points, as the API gives them.
  const POINT_METRICS = new Set(['readRatio', 'bounceRate', 'avgScrollDepth']);
  const signed = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

  function describeChange(metric, change, previous) {
    const when = `vs ${previous.from} – ${previous.to}`;
    if (change === null || change === undefined) {
      return `no figure to compare ${when}`;
    }
    const arrow = change > 0 ? '↑' : change < 0 ? '↓' : '→';
    if (POINT_METRICS.has(metric)) {
      const points = metric === 'avgScrollDepth' ? change : change * 100;
      return `${arrow} ${signed.format(points)} pt ${when}`;
    }
    return `${arrow} ${signed.format(change)}% ${when}`;
  }

  function fill(tbody, rows, empty) {
    const trs = rows.map(cells => {
      const tr = document.createElement('tr');
      cells.forEach((cell, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) {
          td.scope = 'row';
        }
        td.textContent = cell;
        tr.append(td);
      });
      return tr;
    });
    if (trs.length === 0) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = tbody.closest('table').tHead.rows[0].cells.length;
      td.textContent = empty;
      tr.append(td);
      trs.push(tr);
    }
    tbody.replaceChildren(...trs);
  }

  // Top articles is site-wide whatever article is picked: it is how the analyst moves between articles.
  function topArticlesParams(f) {
    return { from: f.from, to: f.to, by: 'article', limit: TOP_ARTICLES_LIMIT, sort: topSort.sort, order: topSort.order, ...(f.filters ? { filters: f.filters } : {}) };
  }

  function renderTopArticles(rows, current) {
    const tbody = $('top-articles').tBodies[0];
    fill(tbody,
      rows.map(r => [r.title ?? r.value, integer.format(r.pageviews), integer.format(r.visitors), integer.format(r.reads),
        percent.format(r.readRatio), seconds(r.medianEngagedSeconds), percent.format(r.avgScrollDepth / 100)]),
      'No page views in this range.');
    rows.forEach((r, i) => {
      const tr = tbody.rows[i];
      tr.dataset.article = r.value;
      if (r.value === current) {
        tr.setAttribute('aria-current', 'true');
      }
      // An article still published opens its report; a retired one (no title) has no report to open.
      if (r.title !== null) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'open-article';
        button.textContent = r.title;
        button.dataset.article = r.value;
        tr.cells[0].replaceChildren(button);
      }
    });
    for (const th of $('top-articles').tHead.querySelectorAll('th[data-sort]')) {
      if (th.dataset.sort === topSort.sort) {
        th.setAttribute('aria-sort', topSort.order === 'asc' ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    }
  }

  async function sortTopArticles(sort) {
    topSort = { sort, order: topSort.sort === sort && topSort.order === 'desc' ? 'asc' : 'desc' };
    if (!lastData || key === null) {
      return;
    }
    const mine = generation;
    try {
      const rows = await json('stats/breakdown', topArticlesParams(filters()));
      if (mine === generation && lastData) {
        lastData.topArticles = rows;
        renderTopArticles(rows, lastData.article);
      }
    } catch (error) {
      report(error);
    }
  }

  function renderTimeseries(rows) {
    fill($('timeseries-table').tBodies[0],
      rows.map(r => [r.date, integer.format(r.pageviews), integer.format(r.visitors), integer.format(r.reads), seconds(r.medianEngagedSeconds)]),
      'No data in this range.');
    const c = colours();
    draw('timeseries-chart', {
      type: 'line',
      data: {
        labels: rows.map(r => r.date),
        datasets: [
          { label: 'Page views', data: rows.map(r => r.pageviews), borderColor: c.series[0], backgroundColor: c.series[0] },
          { label: 'Visitors', data: rows.map(r => r.visitors), borderColor: c.series[1], backgroundColor: c.series[1] },
          { label: 'Reads', data: rows.map(r => r.reads), borderColor: c.series[2], backgroundColor: c.series[2] },
          // The compared period's page views at the same positions, dashed: the "previous period" line.
          ...(rows.some(r => r.previous) ? [{ label: 'Page views, compared period', data: rows.map(r => r.previous?.pageviews ?? null), borderColor: c.series[0], backgroundColor: c.series[0], borderDash: [6, 4], pointRadius: 0 }] : []),
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkipPadding: 16 } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
  }

  function renderSections(rows) {
    const body = $('sections-body');
    if (rows === null) {
      body.hidden = true;
      $('sections-note').hidden = false;
      destroy('funnel-chart');
      destroy('engaged-chart');
      $('sections-table').tBodies[0].replaceChildren();
      return;
    }
    $('sections-note').hidden = true;
    body.hidden = false;
    fill($('sections-table').tBodies[0],
      rows.map(r => [r.title, integer.format(r.seen), percent.format(r.seenRatio), seconds(r.medianEngagedSeconds)]),
      'The article has no sections.');
    const c = colours();
    const labels = rows.map(r => r.title);
    draw('funnel-chart', horizontalBars(labels, 'Seen (% of page views)', rows.map(r => Math.round(r.seenRatio * 1000) / 10), c.series[0], 100));
    draw('engaged-chart', horizontalBars(labels, 'Median engaged seconds', rows.map(r => r.medianEngagedSeconds), c.series[1]));
  }

  function horizontalBars(labels, label, values, colour, max) {
    return {
      type: 'bar',
      data: { labels, datasets: [{ label, data: values, backgroundColor: colour }] },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, max, title: { display: true, text: label } },
          // Long section titles would squeeze the bars (or be clipped) on a phone: cut them on the axis to fit about a
          // third of the chart's width; tooltips and the table keep them whole.
          y: { ticks: { callback(value) { return shorten(this.getLabelForValue(value), Math.max(8, Math.floor(this.chart.width / 3 / 7))); } } },
        },
      },
    };
  }

  function shorten(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  function renderBreakdown(b, rows) {
    const section = $(`breakdown-${b.by}`);
    const tbody = section.querySelector('tbody');
    fill(tbody,
      rows.map(r => [
        r.value === '(none)' && b.none ? `(none: ${b.none})` : r.value,
        integer.format(r.pageviews),
        integer.format(r.visitors),
        ...(b.conversion ? [percent.format(r.conversionRate ?? 0)] : []),
      ]),
      b.empty ?? 'No page views in this range.');
    // Each value filters the whole report to it (a chip above removes it again).
    rows.forEach((r, i) => {
      const cell = tbody.rows[i].cells[0];
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'add-filter';
      button.textContent = cell.textContent;
      button.dataset.by = b.by;
      button.dataset.value = r.value;
      button.setAttribute('aria-label', `Filter the report to ${b.column} ${cell.textContent}`);
      cell.replaceChildren(button);
    });
    if (b.label) labelBreakdown(b, rows, tbody);
    if (b.chart) renderBreakdownChart(b, rows);
  }

  function buildBreakdowns() {
    const template = $('breakdown-template');
    const container = $('breakdowns');
    for (const b of BREAKDOWNS) {
      const section = template.content.firstElementChild.cloneNode(true);
      section.id = `breakdown-${b.by}`;
      const heading = section.querySelector('h3');
      heading.id = `breakdown-${b.by}-heading`;
      heading.textContent = b.title;
      section.setAttribute('aria-labelledby', heading.id);
      const button = section.querySelector('button.csv');
      button.dataset.report = 'breakdown';
      button.dataset.by = b.by;
      button.setAttribute('aria-label', `Download CSV: ${b.title}`);
      const headers = section.querySelectorAll('thead th');
      headers[0].textContent = b.column;
      if (b.count) headers[1].textContent = b.count;
      if (b.conversion) {
        const rate = document.createElement('th');
        rate.scope = 'col';
        rate.textContent = 'Conversion rate';
        headers[2].after(rate);
      }
      container.append(section);
    }
  }

  // ---- breakdown labels and charts (countries) --------------------------------------------------------------------

  // Country names in the reader's language; a browser without Intl.DisplayNames, or a code it has no name for, shows
  // the code alone.
  const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region', fallback: 'none' }) : null;

  function countryName(code) {
    let name;
    try {
      name = regionNames?.of(code);
    } catch {
      name = undefined; // RangeError: not a well-formed region code
    }
    return name ? `${name} (${code})` : code;
  }

  function breakdownLabel(b, value) {
    if (value === '(none)') {
      return b.none ? `(none: ${b.none})` : value;
    }
    return b.label ? b.label(value) : value;
  }

  // The table shows the API's values; a breakdown with a label (countries) shows its own text for them instead, on the
  // buttons that filter by them (the filter keeps the API's value).
  function labelBreakdown(b, rows, tbody) {
    rows.forEach((r, i) => {
      const button = tbody.rows[i].cells[0].querySelector('button.add-filter');
      button.textContent = breakdownLabel(b, r.value);
      button.setAttribute('aria-label', `Filter the report to ${b.column} ${button.textContent}`);
    });
  }

  // A horizontal bar chart above a breakdown's table, of the same rows (the top values by page views); made on the
  // first rows, so the breakdown's section stays the shared template's.
  function addBreakdownChart(b, section) {
    const figure = document.createElement('figure');
    const box = document.createElement('div');
    box.className = 'chart-box chart-breakdown';
    const canvas = document.createElement('canvas');
    canvas.id = b.chart;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${b.title}: page views of the top ${BREAKDOWN_LIMIT}; the values are in the table below.`);
    box.append(canvas);
    figure.append(box);
    section.querySelector('.table-wrap').before(figure);
  }

  function renderBreakdownChart(b, rows) {
    if (!$(b.chart)) {
      addBreakdownChart(b, $(`breakdown-${b.by}`));
    }
    if (rows.length === 0) {
      destroy(b.chart);
      return;
    }
    draw(b.chart, horizontalBars(rows.map(r => breakdownLabel(b, r.value)), 'Page views', rows.map(r => r.pageviews), colours().series[0]));
  }

  // ---- realtime ---------------------------------------------------------------------------------------------------

  // Polls while a key is set and the tab is visible: a hidden tab costs no storage reads.
  function scheduleRealtime(now = true) {
    clearTimeout(realtimeTimer);
    realtimeTimer = null;
    if (key === null || document.hidden) {
      return;
    }
    if (now) {
      loadRealtime();
    }
    realtimeTimer = setTimeout(() => scheduleRealtime(true), REALTIME_POLL_MS);
  }

  function stopRealtime() {
    clearTimeout(realtimeTimer);
    realtimeTimer = null;
    realtimeGeneration++;
    lastRealtime = null;
    $('realtime-panel').hidden = true;
    destroy('realtime-chart');
  }

  async function loadRealtime() {
    const mine = ++realtimeGeneration;
    const article = $('article').value;
    $('realtime-panel').hidden = false;
    try {
      const data = await json('stats/realtime', article ? { article } : {});
      if (mine !== realtimeGeneration) {
        return;
      }
      lastRealtime = data;
      renderRealtime(data);
      const at = new Date(data.at);
      $('realtime-status').textContent =
        `${data.article ? 'This article' : 'All articles'}, updated ${at.toLocaleTimeString()}; refreshes every ${REALTIME_POLL_MS / 1000} s.`;
    } catch (error) {
      if (mine !== realtimeGeneration) {
        return;
      }
      if (error instanceof ApiError && error.status === 401) {
        stopRealtime();
        report(error);
        return;
      }
      // The main report's status line belongs to the main report; the panel says its own trouble and keeps polling.
      $('realtime-status').textContent = error instanceof ApiError && error.status === 503
        ? 'Storage is unavailable; the figures are from the last successful refresh.'
        : `Could not refresh: ${error.message}`;
    }
  }

  function renderRealtime(data) {
    const total = data.pageviewsPerMinute.reduce((sum, m) => sum + m.pageviews, 0);
    $('realtime-visitors').textContent = integer.format(data.visitors);
    $('realtime-visitors').dataset.value = String(data.visitors);
    $('realtime-pageviews').textContent = integer.format(total);
    $('realtime-pageviews').dataset.value = String(total);
    fill($('realtime-articles').tBodies[0],
      data.topArticles.map(a => [a.title ?? a.article, integer.format(a.visitors)]),
      'Nobody in the last 5 minutes.');
    fill($('realtime-sections').tBodies[0],
      data.topSections.map(s => [data.article ? s.title ?? s.sectionId : `${s.title ?? s.sectionId} (${s.article})`, integer.format(s.readers)]),
      'No section read in the last 5 minutes.');
    const c = colours();
    const minute = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    draw('realtime-chart', {
      type: 'bar',
      data: {
        labels: data.pageviewsPerMinute.map(m => minute.format(new Date(m.minute))),
        datasets: [{ label: 'Page views', data: data.pageviewsPerMinute.map(m => m.pageviews), backgroundColor: c.series[0] }],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  // ---- shared links -----------------------------------------------------------------------------------------------
  // An operator mints a read-only link (POST /api/stats/links) that opens /api/dashboard#share=<token>. The fragment is
  // never sent to a server, so the token stays out of logs and Referer headers, as the key does. The page then reads
  // /api/shared/stats/* with Authorization: Bearer <token>; the API enforces the link's scope, the page only mirrors it.

  function readSharedToken() {
    const match = /(?:^#|&)share=([A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43})(?:&|$)/.exec(location.hash);
    return match ? match[1] : null;
  }

  async function startShared() {
    key = sharedToken; // in memory only: never stored, and the key form is gone
    $('key-panel').hidden = true;
    try {
      const link = await json('link', {});
      const scope = link.article ? `${link.title ?? link.article} only` : 'all articles';
      $('shared-banner').textContent = `Shared view: ${link.label} (read-only; ${scope})`;
      $('shared-banner').hidden = false;
      if (link.article) {
        // An article link: that article, without the picker or the site-wide top articles.
        sharedArticle = link.article;
        const select = $('article');
        if (![...select.options].some(o => o.value === link.article)) {
          select.append(new Option(link.title ?? link.article, link.article));
        }
        select.value = link.article;
        select.closest('.field').hidden = true;
        $('top-articles-panel').hidden = true;
      }
      return true;
    } catch (error) {
      key = null;
      report(error);
      return false;
    }
  }

  // ---- charts -----------------------------------------------------------------------------------------------------

  function colours() {
    const style = getComputedStyle(document.documentElement);
    const v = name => style.getPropertyValue(name).trim();
    return { text: v('--text-muted'), grid: v('--grid'), series: [v('--series-1'), v('--series-2'), v('--series-3')] };
  }

  function destroy(id) {
    Chart.getChart($(id))?.destroy();
  }

  function draw(id, config) {
    const c = colours();
    Chart.defaults.color = c.text;
    Chart.defaults.borderColor = c.grid;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    destroy(id);
    config.options = { responsive: true, maintainAspectRatio: false, animation: reducedMotion.matches ? false : { duration: 300 }, ...config.options };
    new Chart($(id), config);
  }

  // ---- dates ------------------------------------------------------------------------------------------------------

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  // The last `days` UTC days ending today, as the API's default range is.
  function setRange(days) {
    const today = new Date();
    const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
    $('from').value = isoDay(from);
    $('to').value = isoDay(today);
  }

  async function loadArticles() {
    try {
      // The list is paginated: follow the cursors, asking only for the two fields the picker shows.
      const articles = [];
      let cursor = null;
      do {
        const url = new URL('articles', apiBase);
        url.search = new URLSearchParams({ limit: '100', fields: 'slug,title', ...(cursor ? { cursor } : {}) }).toString();
        const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
        if (!response.ok) {
          throw await failure(response);
        }
        const page = await response.json();
        articles.push(...page.articles);
        cursor = page.meta.pagination.nextCursor;
      } while (cursor);
      const select = $('article');
      for (const a of articles) {
        select.append(new Option(a.title, a.slug));
      }
      // One article: it is what the analyst came for, and its sections report needs it.
      if (articles.length === 1) {
        select.value = articles[0].slug;
      }
    } catch (error) {
      say(`Could not list the articles: ${error.message}`, 'error');
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------------------------

  async function start() {
    buildBreakdowns();
    buildFilterForm();
    setRange(DEFAULT_DAYS);
    showKeyState();
    $('key-form').addEventListener('submit', event => {
      event.preventDefault();
      const value = $('key-input').value.trim();
      $('key-input').value = '';
      if (value === '') {
        return;
      }
      setKey(value, $('key-remember').checked);
      $('forget-key').focus();
      load();
    });
    $('forget-key').addEventListener('click', () => {
      forgetKey();
      stopRealtime();
      generation++;
      lastData = null;
      clearReport();
      say('The key is forgotten.');
      $('key-input').focus();
    });
    $('filters').addEventListener('submit', event => {
      event.preventDefault();
      load();
    });
    // The panel follows the article picker at once, without waiting for "Show report" or the next poll.
    $('article').addEventListener('change', () => realtimeTimer !== null && scheduleRealtime());
    document.addEventListener('visibilitychange', () => !$('realtime-panel').hidden && scheduleRealtime(!document.hidden));
    for (const button of document.querySelectorAll('.presets [data-days]')) {
      button.addEventListener('click', () => {
        setRange(Number(button.dataset.days));
        load();
      });
    }
    $('retry').addEventListener('click', () => load());
    // Back and forward walk the views this tab showed: restore the form from the URL and show it again.
    window.addEventListener('popstate', () => {
      readUrl();
      if (key !== null) {
        load({ push: false });
        scheduleRealtime();
      }
    });
    document.addEventListener('click', event => {
      const button = event.target.closest('button.csv');
      if (button) {
        downloadCsv(button);
      }
    });
    $('breakdowns').addEventListener('click', event => {
      const button = event.target.closest('button.add-filter');
      if (button) {
        addFilter(button.dataset.by, button.dataset.value);
      }
    });
    $('filter-form').addEventListener('submit', submitFilterForm);
    $('filter-chips').addEventListener('click', event => {
      const chip = event.target.closest('button.chip');
      if (chip) {
        removeFilter(chip.dataset.filter);
      }
    });
    $('top-articles').addEventListener('click', event => {
      const header = event.target.closest('th[data-sort] button');
      if (header) {
        sortTopArticles(header.parentElement.dataset.sort);
        return;
      }
      const open = event.target.closest('button.open-article');
      if (open && [...$('article').options].some(o => o.value === open.dataset.article)) {
        $('article').value = open.dataset.article;
        $('article').dispatchEvent(new Event('change'));
        load();
        $('summary-heading').scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
      }
    });
    darkScheme.addEventListener('change', () => {
      if (lastData) render(lastData);
      if (lastRealtime) renderRealtime(lastRealtime);
    });
    await loadArticles();
    readUrl();
    if (sharedToken !== null && !(await startShared())) {
      return;
    }
    if (key !== null) {
      load({ push: false });
    }
  }

  function clearReport() {
    for (const dd of document.querySelectorAll('#summary dd')) {
      dd.textContent = '–';
      dd.dataset.value = '';
    }
    $('summary-scope').textContent = '';
    destroy('timeseries-chart');
    $('timeseries-table').tBodies[0].replaceChildren();
    $('top-articles').tBodies[0].replaceChildren();
    renderSections(null);
    for (const tbody of document.querySelectorAll('#breakdowns tbody')) {
      tbody.replaceChildren();
    }
    BREAKDOWNS.filter(b => b.chart).forEach(b => destroy(b.chart));
  }

  start();
})();
