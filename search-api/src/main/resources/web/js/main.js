// Wires the page: the search form, links and filters change the URL; every URL change renders
// the view it names from fresh API answers.
import * as api from './api.js';
import { renderError } from './error-view.js';
import { renderFacets } from './facets.js';
import { restore } from './focus.js';
import { hyphenateHeadings } from './hyphenate.js';
import { attachInstantSearch } from './instant.js';
import { hitsLabel } from './labels.js';
import { renderRecord, renderSimilar } from './record-view.js';
import { renderSearch } from './search-view.js';
import { go, linkTo, onStateChange, readState, urlFor, withFilter, withFilterToggled } from './state.js';
import { renderStats } from './stats-view.js';
import { attachSuggestions } from './suggest.js';
import { listTitle } from './titles.js';

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const main = document.getElementById('main');
const filters = document.getElementById('filters');
const status = document.getElementById('status');
const tabs = { search: document.getElementById('tab-search'), stats: document.getElementById('tab-stats') };

let inFlight;

function updateChrome(state) {
  document.body.dataset.view = state.view;
  if (document.activeElement !== input) input.value = state.q;
  tabs.search.href = linkTo({ view: 'search', id: '' });
  tabs.stats.href = linkTo({ view: 'stats', id: '', page: 1 });
  for (const [view, tab] of Object.entries(tabs)) {
    if (view === state.view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

async function showSearch(state, signal) {
  const [response, counts, years] = await Promise.all([api.search(state, signal), api.facets(state, signal),
    api.years()]);
  renderSearch(main, state, response);
  renderFacets(filters, state, counts.facets, response.total, years);
  await hyphenateHeadings(main);
  document.title = `${state.q ? `${state.q} – ` : ''}Regionsök`;
  status.textContent = hitsLabel(response.total);
}

async function showRecord(state, signal) {
  const similar = api.similar(state.id, signal);
  // arriving from a hit, the query's words are marked in the text
  const marked = state.q ? api.markedText(state.id, state, signal) : null;
  const record = await api.record(state.id, signal);
  renderRecord(main, record, await marked);
  await hyphenateHeadings(main, 'h1, .hit-title, .facts dd');
  document.title = `${listTitle(record)} – Regionsök`;
  status.textContent = `Visar ${listTitle(record)}`;
  const showSimilar = async (response, options) => {
    renderSimilar(main, response, options, reload);
    await hyphenateHeadings(main, '#similar .hit-title');
  };
  const reload = async (options) => showSimilar(await api.similar(state.id, signal, options), options);
  await showSimilar(await similar, {});
}

async function showStats(state, signal) {
  const [facets, pivot, coverage, panel, years] = await Promise.all([api.statsFacets(state, signal),
    api.pivot(state, state.rows, state.cols, signal), api.coverage(state, signal), api.facets(state, signal),
    api.years()]);
  renderStats(main, state, facets, pivot, coverage);
  renderFacets(filters, state, panel.facets, panel.total, years);
  document.title = 'Statistik – Regionsök';
  status.textContent = `Statistik för ${hitsLabel(facets.total)}`;
}

const VIEWS = { search: showSearch, record: showRecord, stats: showStats };

/** After a chip is removed, focus goes to the chip now in its place, else to the heading. */
function focusChip(index) {
  const chips = main.querySelectorAll('.chips button');
  (chips[Math.min(index, chips.length - 1)] ?? main.querySelector('h1'))?.focus();
}

async function show(state, { focusMain = false, chip = null, restore: saved } = {}) {
  inFlight?.abort();
  inFlight = new AbortController();
  const { signal } = inFlight;
  updateChrome(state);
  main.setAttribute('aria-busy', 'true');
  try {
    await VIEWS[state.view](state, signal);
    if (saved && !restore(saved)) main.querySelector('h1')?.focus({ preventScroll: true });
    else if (chip !== null) focusChip(chip);
    else if (focusMain) main.querySelector('h1')?.focus();
  } catch (e) {
    if (signal.aborted) return;
    renderError(main, state, e);
  } finally {
    if (!signal.aborted) main.removeAttribute('aria-busy');
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const view = readState().view === 'stats' ? 'stats' : 'search';
  go(linkTo({ q: input.value.trim(), page: 1, view, id: '', literal: false }));
});

attachSuggestions(input, document.getElementById('suggestions'), {
  fetchSuggestions: api.suggest,
  onPick: () => form.requestSubmit(),
});

attachInstantSearch(input, {
  isSearchView: () => readState().view === 'search',
  search: (q, options) => go(linkTo({ q, page: 1, literal: false }), options),
});

// Links inside the page navigate without a reload; modified clicks (new tab …) stay the browser's.
document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-internal]');
  if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go(link.getAttribute('href'), { focusMain: true });
});

main.addEventListener('click', (e) => {
  const chip = e.target.closest('.chip');
  if (chip) {
    const index = [...main.querySelectorAll('.chips button')].indexOf(chip);
    go(urlFor(withFilterToggled(readState(), chip.dataset.facet, chip.dataset.value)), { chip: index });
  } else if (e.target.closest('.clear-all')) {
    go(linkTo({ filters: {}, page: 1 }), { focusMain: true });
  }
});

filters.addEventListener('change', (e) => {
  if (e.target.id === 'include-inferred') go(linkTo({ inferred: e.target.checked, page: 1 }));
  const box = e.target.closest('input[data-facet]');
  if (box) go(urlFor(withFilterToggled(readState(), box.dataset.facet, box.dataset.value)));
  const rangeEnd = e.target.closest('select[data-range]');
  if (rangeEnd) go(urlFor(withFilter(readState(), rangeEnd.dataset.range, rangeEnd.value ? [rangeEnd.value] : [])));
});

// The statistics controls: each change is a URL of its own, so a shaped view can be shared.
const STATS_CONTROLS = {
  sort: (t) => ({ sort: t.value, page: 1 }),
  'stats-rows': (t) => ({ rows: t.value }),
  'stats-cols': (t) => ({ cols: t.value }),
  'stats-inferred': (t) => ({ inferred: t.checked }),
  'stats-all-types': (t) => ({ allTypes: t.checked }),
};

main.addEventListener('change', (e) => {
  const change = STATS_CONTROLS[e.target.id] ?? (e.target.name === 'measure' ? (t) => ({ measure: t.value }) : null);
  if (change) go(linkTo(change(e.target)));
});

onStateChange(show);
show(readState());
