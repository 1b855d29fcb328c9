// The page's state lives in the URL (view, query, filters, page, sort, open record) so a link can
// be shared and back/forward walk through it; each history entry also keeps where the person was
// (focus and scroll, see focus.js).
import { snapshot } from './focus.js';

export const FILTER_KEYS = ['region', 'area', 'docType', 'rusGoal', 'rusTheme', 'program', 'topic', 'sdg', 'sdgSource',
  'year', 'yearFrom', 'yearTo', 'outcome', 'quantified', 'evaluated'];
const SORTS = ['relevance', 'year', 'yearAsc', 'region', 'evidence'];
const VIEWS = ['search', 'record', 'stats'];
// The statistics view's shape: pivot axes, counts or shares, and whether all document types count.
const STATS_DEFAULTS = { rows: 'region', cols: 'area', measure: 'antal', allTypes: false };

export function readState(url = location.href) {
  const params = new URL(url, location.href).searchParams;
  const filters = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length) filters[key] = values;
  }
  const view = VIEWS.includes(params.get('view')) ? params.get('view') : 'search';
  return {
    view,
    q: params.get('q') ?? '',
    filters,
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
    sort: SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance',
    id: view === 'record' ? params.get('id') ?? '' : '',
    // Agenda 2030 goals count as stated unless inferred ones are asked for.
    inferred: params.get('harledda') === '1',
    rows: params.get('rader') || STATS_DEFAULTS.rows,
    cols: params.get('kolumner') || STATS_DEFAULTS.cols,
    measure: params.get('mått') === 'andel' ? 'andel' : STATS_DEFAULTS.measure,
    allTypes: params.get('alla') === '1',
    literal: params.get('literal') === 'true',
  };
}

/** The page URL of a state: defaults are left out so shared links stay short. */
export function urlFor(state) {
  const params = new URLSearchParams();
  if (state.view !== 'search') params.set('view', state.view);
  if (state.view === 'record' && state.id) params.set('id', state.id);
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) {
    values.forEach((v) => params.append(key, v));
  }
  if (state.page > 1) params.set('page', String(state.page));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.inferred) params.set('harledda', '1');
  if (state.view === 'stats') {
    if (state.rows !== STATS_DEFAULTS.rows) params.set('rader', state.rows);
    if (state.cols !== STATS_DEFAULTS.cols) params.set('kolumner', state.cols);
    if (state.measure !== STATS_DEFAULTS.measure) params.set('mått', state.measure);
    if (state.allTypes) params.set('alla', '1');
  }
  if (state.literal) params.set('literal', 'true');
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/** The URL of the current state with some fields changed. */
export function linkTo(changes) {
  return urlFor({ ...readState(), ...changes });
}

export function withFilterToggled(state, facet, value) {
  const current = state.filters[facet] ?? [];
  return withFilter(state, facet, current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
}

/** The state with one filter's values replaced (none: the filter removed). */
export function withFilter(state, facet, values) {
  const filters = { ...state.filters, [facet]: values };
  if (!values.length) delete filters[facet];
  return { ...state, filters, page: 1 };
}

let onChange = () => {};

/**
 * Calls listener(state, options) after every navigation, including back and forward; a history
 * entry returned to brings back its focus and scroll position as options.restore.
 */
export function onStateChange(listener) {
  onChange = listener;
  history.scrollRestoration = 'manual';
  addEventListener('popstate', (e) => listener(readState(), { restore: e.state ?? { scrollY: 0 } }));
}

/**
 * Moves to a page URL; options are handed to the listener. {replace: true}, or a URL equal to the
 * current one, changes the current history entry instead of adding one.
 */
export function go(url, options = {}) {
  if (options.replace || url === location.pathname + location.search) {
    history.replaceState(null, '', url);
  } else {
    history.replaceState(snapshot(), '');
    history.pushState(null, '', url);
  }
  onChange(readState(), options);
}
