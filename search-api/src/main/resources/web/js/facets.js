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
  // "Sök region", "Sök RUS-mål": lower case unless the name starts with an acronym
  const name = facetLabel(key);
  const label = `Sök ${/^\p{Lu}\p{Ll}/u.test(name) ? name.toLowerCase() : name}`;
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
  const items = [...fieldset.querySelectorAll('li[data-count]')];
  const largest = new Set([...items].sort((a, b) => b.dataset.count - a.dataset.count).slice(0, SHORT_LIST));
  let hidden = 0;
  items.forEach((li) => {
    // a goal is found by its own words or by its region's name
    const text = `${li.dataset.group} ${li.querySelector('.value').textContent}`;
    const matches = text.toLocaleLowerCase('sv').includes(needle);
    const inShortList = largest.has(li) || li.querySelector('input').checked;
    const show = matches && (needle || expanded.has(key) || inShortList);
    li.hidden = !show;
    if (matches && !show) hidden += 1;
  });
  fieldset.querySelectorAll('.facet-group').forEach((group) => {
    group.hidden = !group.querySelector('li[data-count]:not([hidden])');
  });
  const more = fieldset.querySelector('.facet-more');
  if (!more) return;
  more.hidden = Boolean(needle) || (!hidden && !expanded.has(key));
  more.textContent = expanded.has(key) ? 'Visa färre' : `Visa fler (${hidden})`;
  more.setAttribute('aria-expanded', String(expanded.has(key)));
}

/** A topic under its area ("Energi/Vätgas") reads as "Vätgas" indented below "Energi"; the area stays in its name. */
function valueText(key, value) {
  const [area, topic] = String(value).split('/');
  if (key !== 'topic' || !topic) return valueLabel(key, value);
  return html`<span class="visually-hidden">${area} › </span>${topic}`;
}

function facetItem(key, v, selected, id, group = '') {
  return html`<li data-count="${v.count}" data-group="${group}" class="${key === 'topic' && String(v.value).includes('/') ? 'subtopic' : ''}">
    <input type="checkbox" id="${id}" data-facet="${key}" data-value="${v.value}"
      ${selected.includes(String(v.value)) ? html`checked` : ''}>
    <label for="${id}"><span class="value">${valueText(key, v.value)}</span>
      <span class="count">${formatCount(v.count)}<span class="visually-hidden"> poster</span></span></label>
  </li>`;
}

/**
 * RUS goals under the region whose strategy names them (the API says which), regions A–Ö; a goal
 * two strategies word alike stands under both. A ticked goal no record has now stands on its own.
 */
function goalsByRegion(key, values, selected) {
  const groups = new Map();
  for (const v of values) {
    for (const region of v.regions?.length ? v.regions : ['']) {
      if (!groups.has(region)) groups.set(region, []);
      groups.get(region).push(v);
    }
  }
  let n = 0;
  const regions = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'sv'));
  return regions.map((region, g) => (region ? html`<li class="facet-group">
    <div role="group" aria-labelledby="goal-group-${g}"><span class="group-name" id="goal-group-${g}">${region}</span>
      <ul>${groups.get(region).map((v) => facetItem(key, v, selected, `facet-${key}-${n++}`, region))}</ul></div>
  </li>` : groups.get(region).map((v) => facetItem(key, v, selected, `facet-${key}-${n++}`))));
}

function facetGroup({ key }, counted, selected, state) {
  const values = valuesOf(key, counted, selected);
  if (!values.length) return '';
  return html`<fieldset class="facet" data-facet="${key}">
    <legend>${facetLabel(key)}</legend>
    ${goalSource(key, state)}
    ${facetSearch(key, values.length)}
    <ul>${key === 'rusGoal' ? goalsByRegion(key, values, selected)
      : values.map((v, i) => facetItem(key, v, selected, `facet-${key}-${i}`))}</ul>
    ${values.length > SHORT_LIST ? html`<button type="button" class="facet-more" data-facet-more="${key}"></button>` : ''}
  </fieldset>`;
}

/**
 * From and to as two lists of the index's years; each offers only the years the other allows, so
 * the range cannot run backwards.
 */
function yearRange(state, years) {
  if (!years.length) return '';
  const from = state.filters.yearFrom?.[0];
  const to = state.filters.yearTo?.[0];
  const select = (key, label, chosen, allowed) => html`<label class="range-end">${label}
    <select data-range="${key}"><option value="">Alla år</option>${years.filter(allowed).map((y) => html`<option
      value="${y}" ${chosen === String(y) ? html`selected` : ''}>${y}</option>`)}</select></label>`;
  return html`<fieldset class="facet year-range"><legend>Årsintervall</legend>
    ${select('yearFrom', 'Från', from, (y) => !to || y <= Number(to))}
    ${select('yearTo', 'Till', to, (y) => !from || y >= Number(from))}
  </fieldset>`;
}

/**
 * Renders the panel; keeps keyboard focus on the checkbox that was just toggled. On a phone the
 * folded panel says how many filters are on, and "Visa N träffar" folds it and goes to the results.
 */
export function renderFacets(container, state, facets, total, years = []) {
  const focused = document.activeElement?.closest?.('input[data-facet], #include-inferred, select[data-range]');
  const active = activeFilters(state).length;
  // Open beside the results on wide screens, folded above them on narrow ones; a person's own
  // choice is kept across renders.
  const open = container.querySelector('details')?.open ?? matchMedia(WIDE_SCREEN).matches;
  render(container, html`<details class="filter-panel" ${open ? html`open` : ''}>
    <summary>Filtrera${active ? ` (${active})` : ''}</summary>
    ${active ? html`<a class="clear-filters" href="${linkTo({ filters: {}, page: 1 })}" data-internal>Rensa alla filter</a>` : ''}
    ${FACETS.map((f) => [facetGroup(f, facets?.[f.key] ?? [], state.filters[f.key] ?? [], state),
      f.key === 'year' ? yearRange(state, years) : ''])}
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
      : [...container.querySelectorAll('input[data-facet], select[data-range]')]
        .find((box) => box.dataset.facet === focused.dataset.facet && box.dataset.value === focused.dataset.value
          && box.dataset.range === focused.dataset.range);
    again?.focus();
  }
}
