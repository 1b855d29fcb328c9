// The active filters as removable chips above the results, with "Rensa alla".
import { html } from './html.js';
import { facetLabel, shortLabel } from './labels.js';

// Values that read as a filter only with their facet's name ("År 2023" rather than "2023").
const NAMED = ['year', 'yearFrom', 'yearTo', 'sdgSource', 'rusGoal', 'program'];

function chipLabel(facet, value) {
  return NAMED.includes(facet) ? `${facetLabel(facet)} ${value}` : shortLabel(facet, value);
}

/** Every ticked value, in the order of the URL. */
export function activeFilters(state) {
  return Object.entries(state.filters).flatMap(([facet, values]) => values.map((value) => ({ facet, value })));
}

export function filterChips(state) {
  const active = activeFilters(state);
  if (!active.length) return '';
  return html`<div class="chips" role="group" aria-label="Valda filter">
    <ul>${active.map(({ facet, value }) => html`<li><button type="button" class="chip" data-facet="${facet}" data-value="${value}"><span
      class="visually-hidden">Ta bort filter: </span>${chipLabel(facet, value)}<span class="chip-x" aria-hidden="true">×</span></button></li>`)}</ul>
    <button type="button" class="clear-all">Rensa alla</button>
  </div>`;
}
