// The filter panel: one group of checkboxes per facet, with multi-select counts from the server.
import { activeFilters } from './chips.js';
import { html, render } from './html.js';
import { FACETS, OUTCOMES, facetLabel, formatCount, hitsLabel, valueLabel } from './labels.js';
import { linkTo } from './state.js';

// The width from which app.css puts the filters beside the results.
const WIDE_SCREEN = '(min-width: 52rem)';

// Years read best newest first, goals and outcomes in their own order; other facets keep the server's
// order (most records first).
const ORDER = {
  year: (a, b) => Number(b.value) - Number(a.value),
  sdg: (a, b) => Number(a.value) - Number(b.value),
  outcome: (a, b) => Object.keys(OUTCOMES).indexOf(a.value) - Object.keys(OUTCOMES).indexOf(b.value),
};

/** Facet values to show: the server's, plus ticked values it no longer counts (so they can be unticked). */
function valuesOf(facet, counted, selected) {
  const values = [...counted];
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
  }
  return ORDER[facet] ? values.sort(ORDER[facet]) : values;
}

/** Goals count as stated unless inferred ones are included: one click away, beside the goals. */
function goalSource(key, state) {
  if (key !== 'sdg') return '';
  return html`<label class="include-inferred"><input type="checkbox" id="include-inferred" ${state.inferred ? html`checked` : ''}>
    Inkludera härledda mål</label>`;
}

// Facets with more values than this get a search box and show the first ones until "Visa fler".
const SHORT_LIST = 10;
// What a person typed into a facet's search box and which facets they opened, kept across renders.
const typed = new Map();
const expanded = new Set();

function facetSearch(key, count) {
  if (count <= SHORT_LIST) return '';
  const label = `Sök ${facetLabel(key).toLowerCase()}`;
  return html`<input type="search" class="facet-search" data-facet-search="${key}" aria-label="${label}"
    placeholder="${`${label}…`}" value="${typed.get(key) ?? ''}">`;
}

/**
 * Shows the values that match the facet's search box; until "Visa fler" only the ten with the most
 * records (and ticked ones), each in its place in the list.
 */
function applyFacetView(fieldset) {
  const key = fieldset.dataset.facet;
  const needle = (typed.get(key) ?? '').trim().toLocaleLowerCase('sv');
  const items = [...fieldset.querySelectorAll('li')];
  const largest = new Set([...items].sort((a, b) => b.dataset.count - a.dataset.count).slice(0, SHORT_LIST));
  let hidden = 0;
  items.forEach((li) => {
    const matches = li.querySelector('.value').textContent.toLocaleLowerCase('sv').includes(needle);
    const inShortList = largest.has(li) || li.querySelector('input').checked;
    const show = matches && (needle || expanded.has(key) || inShortList);
    li.hidden = !show;
    if (matches && !show) hidden += 1;
  });
  const more = fieldset.querySelector('.facet-more');
  if (!more) return;
  more.hidden = Boolean(needle) || (!hidden && !expanded.has(key));
  more.textContent = expanded.has(key) ? 'Visa färre' : `Visa fler (${hidden})`;
  more.setAttribute('aria-expanded', String(expanded.has(key)));
}

function facetGroup({ key }, counted, selected, state) {
  const values = valuesOf(key, counted, selected);
  if (!values.length) return '';
  return html`<fieldset class="facet" data-facet="${key}">
    <legend>${facetLabel(key)}</legend>
    ${goalSource(key, state)}
    ${facetSearch(key, values.length)}
    <ul>${values.map((v, i) => html`<li data-count="${v.count}">
      <input type="checkbox" id="facet-${key}-${i}" data-facet="${key}" data-value="${v.value}"
        ${selected.includes(String(v.value)) ? html`checked` : ''}>
      <label for="facet-${key}-${i}"><span class="value">${valueLabel(key, v.value)}</span>
        <span class="count">${formatCount(v.count)}<span class="visually-hidden"> poster</span></span></label>
    </li>`)}</ul>
    ${values.length > SHORT_LIST ? html`<button type="button" class="facet-more" data-facet-more="${key}"></button>` : ''}
  </fieldset>`;
}

/**
 * Renders the panel; keeps keyboard focus on the checkbox that was just toggled. On a phone the
 * folded panel says how many filters are on, and "Visa N träffar" folds it and goes to the results.
 */
export function renderFacets(container, state, facets, total) {
  const focused = document.activeElement?.closest?.('input[data-facet], #include-inferred');
  const active = activeFilters(state).length;
  // Open beside the results on wide screens, folded above them on narrow ones; a person's own
  // choice is kept across renders.
  const open = container.querySelector('details')?.open ?? matchMedia(WIDE_SCREEN).matches;
  render(container, html`<details class="filter-panel" ${open ? html`open` : ''}>
    <summary>Filtrera${active ? ` (${active})` : ''}</summary>
    ${active ? html`<a class="clear-filters" href="${linkTo({ filters: {}, page: 1 })}" data-internal>Rensa alla filter</a>` : ''}
    ${FACETS.map((f) => facetGroup(f, facets?.[f.key] ?? [], state.filters[f.key] ?? [], state))}
    <button type="button" class="show-hits">Visa ${hitsLabel(total)}</button>
  </details>`);
  container.querySelectorAll('fieldset.facet').forEach(applyFacetView);
  container.querySelectorAll('.facet-search').forEach((box) => box.addEventListener('input', () => {
    typed.set(box.dataset.facetSearch, box.value);
    applyFacetView(box.closest('fieldset'));
  }));
  container.querySelectorAll('.facet-more').forEach((button) => button.addEventListener('click', () => {
    const key = button.dataset.facetMore;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    applyFacetView(button.closest('fieldset'));
  }));
  container.querySelector('.show-hits').addEventListener('click', () => {
    container.querySelector('details').open = false;
    document.querySelector('main h1')?.focus();
  });
  if (focused) {
    const again = focused.id === 'include-inferred' ? container.querySelector('#include-inferred')
      : [...container.querySelectorAll('input[data-facet]')]
        .find((box) => box.dataset.facet === focused.dataset.facet && box.dataset.value === focused.dataset.value);
    again?.focus();
  }
}
