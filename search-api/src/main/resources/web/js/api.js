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
  if (!response.ok) throw new ApiError(body?.message ?? `Servern svarade ${response.status}`);
  return body;
}

function queryAndFilters(state) {
  return { q: state.q, ...state.filters };
}

export function search(state, signal) {
  return getJson('/api/search', { ...queryAndFilters(state), page: state.page, size: PAGE_SIZE, sort: state.sort },
    { signal });
}

export function facets(state, signal) {
  return getJson('/api/facets', { ...queryAndFilters(state), limit: 100 }, { signal });
}

export function record(id, signal) {
  return getJson(`/api/documents/${encodeURIComponent(id)}`, {}, { signal });
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

export function pivot(state, signal) {
  return getJson('/api/stats/pivot', { ...queryAndFilters(state), rows: 'region', cols: 'area' },
    { signal, optional: true });
}

export function exportUrl(state, format) {
  return `/api/export${queryString({ ...queryAndFilters(state), format })}`;
}
