// Calls to the search API (shared/API.md). Endpoints that may not be deployed yet are called
// with {optional: true}: a 404 then yields null and the page leaves that part out.

export const PAGE_SIZE = 10;

export class ApiError extends Error {}

function queryString(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else if (value !== undefined && value !== null && value !== '') search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function getJson(path, params, { signal, optional = false } = {}) {
  const response = await fetch(path + queryString(params), { signal, headers: { Accept: 'application/json' } });
  if (response.status === 404 && optional) return null;
  const body = await response.json().catch(() => null);
  // Every error body says what went wrong in Swedish (meddelande) for the people reading the page.
  if (!response.ok) throw new ApiError(body?.meddelande ?? `Servern kunde inte svara (fel ${response.status}).`);
  return body;
}

/**
 * The query and filters as the API takes them, read the same way everywhere (literal: the words
 * as typed, no region or year reading). Goals count as stated unless the person includes
 * inferred ones: a ticked goal then means "this goal is stated" (sdgSource qualifies the goal).
 */
function queryAndFilters(state) {
  const params = { q: state.q, ...state.filters, literal: state.literal || null };
  if (!state.inferred && state.filters.sdg && !state.filters.sdgSource) params.sdgSource = ['explicit'];
  return params;
}

/** What the statistics count: initiatives only unless all document types are asked for. */
export function statsScope(state) {
  return !state.filters.docType && !state.allTypes ? { ...state, filters: { ...state.filters, docType: ['initiative'] } } : state;
}

/** Filters of a statistics call: with goals as an axis, stated ones only unless inferred are included. */
function statsParams(state, dims = []) {
  const params = queryAndFilters(statsScope(state));
  if (!state.inferred && dims.includes('sdg') && !params.sdgSource) params.sdgSource = ['explicit'];
  return params;
}

export function search(state, signal) {
  return getJson('/api/search', {
    ...queryAndFilters(state), page: state.page, size: PAGE_SIZE, sort: state.sort,
  }, { signal });
}

/**
 * Facet counts whose goal counts are of the chosen source: stated goals unless inferred ones are
 * included (then from a second call that qualifies the goals as stated).
 */
async function withGoalsOfSource(params, state, signal) {
  // every value of the panel's longest facet (about two hundred RUS goals)
  const all = getJson('/api/facets', { ...params, limit: 1000 }, { signal });
  if (state.inferred || params.sdgSource) return all;
  const [response, stated] = await Promise.all([all,
    getJson('/api/facets', { ...params, sdgSource: ['explicit'], limit: 1000 }, { signal })]);
  return { ...response, facets: { ...response.facets, sdg: stated.facets.sdg } };
}

export function facets(state, signal) {
  return withGoalsOfSource(queryAndFilters(state), state, signal);
}

/** Facet counts as the statistics count them (document types scoped, goals of the chosen source). */
export function statsFacets(state, signal) {
  return withGoalsOfSource(statsParams(state), state, signal);
}

export function record(id, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}`, {}, { signal });
}

/** The record's whole text with the query's words marked as the search matched them. */
export function markedText(id, state, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}/marked`, { q: state.q, literal: state.literal || null }, { signal });
}

let indexYears;

/**
 * Every year the index holds (the year facet lists them all), asked once per page load. Shared by
 * the views, so no view's navigation may cancel it.
 */
export function years() {
  indexYears ??= getJson('/api/facets', { limit: 1 })
    .then((body) => body.facets.year.map((v) => Number(v.value)))
    .catch((e) => {
      indexYears = undefined;
      throw e;
    });
  return indexYears;
}

/** Words with soft hyphens where their compound parts meet: { word: hyphenated }. */
export function hyphenation(words) {
  return getJson('/api/hyphenation', { word: words });
}

/** Similar records from other regions; options: sameArea (same policy area), initiatives (only initiatives). */
export function similar(id, signal, options = {}) {
  const params = { size: 24, otherRegions: true };
  if (options.sameArea) params.sameArea = true;
  if (options.initiatives) params.docType = 'initiative';
  return getJson(`/api/documents/${encodeURIComponent(id)}/similar`, params, { signal, optional: true });
}

export function suggest(prefix, signal) {
  return getJson('/api/suggest', { prefix }, { signal, optional: true });
}

export function pivot(state, rows, cols, signal) {
  return getJson('/api/stats/pivot', { ...statsParams(state, [rows, cols]), rows, cols }, { signal, optional: true });
}

/** The same pivot as a file: CSV (semicolons, Swedish headers) or a JSON-stat dataset. */
export function pivotUrl(state, rows, cols, format) {
  return `/api/stats/pivot${queryString({ ...statsParams(state, [rows, cols]), rows, cols, format })}`;
}

/** Sources per region and year: initiatives of the table appendix and answers of the regions' own reports. */
export async function coverage(state, signal) {
  const base = { ...state, filters: { ...state.filters } };
  delete base.filters.docType;
  const own = { ...base, filters: { ...base.filters, docType: ['report-answer', 'project-section'] } };
  const initiatives = { ...base, filters: { ...base.filters, docType: ['initiative'] } };
  const [a, b] = await Promise.all([pivot(initiatives, 'region', 'year', signal), pivot(own, 'region', 'year', signal)]);
  return { initiatives: a, own: b };
}

/** The export for spreadsheets: semicolons, Swedish headers and labels (the API's default is codes and commas). */
export function exportUrl(state, format) {
  const sheet = format === 'csv' ? { sep: 'semicolon', labels: 'sv' } : {};
  return `/api/export${queryString({ ...queryAndFilters(state), format, ...sheet })}`;
}
