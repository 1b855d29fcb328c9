// Statistics you can shape: a pivot of any two facets (counts or shares of the row), bars per
// region, policy area, Agenda 2030 goal and year, and the coverage of the sources per region and
// year. Every chart has its numbers as a table and as a CSV download; goals are stated ones unless
// inferred ones are included, and document types are scoped to initiatives unless all are asked for.
import { pivotUrl } from './api.js';
import { barChart, heatMap } from './charts.js';
import { filterChips } from './chips.js';
import { downloadCsv } from './csv.js';
import { html, render } from './html.js';
import { FACETS, docTypeLabel, facetLabel, formatCount, shortLabel, valueLabel } from './labels.js';

const BAR_CHARTS = [
  { facet: 'region', caption: 'Poster per region' },
  { facet: 'area', caption: 'Poster per politikområde' },
  { facet: 'sdg', caption: 'Poster per Agenda 2030-mål' },
  { facet: 'year', caption: 'Poster per år' },
];

/**
 * Bars of one facet. Facet counts are multi-select (they ignore the facet's own filter), so when
 * values are ticked only those are drawn: their counts are then exactly the matching records.
 */
function barRows(facet, values, selected) {
  const shown = selected.length ? values.filter((v) => selected.includes(String(v.value))) : values;
  return shown.map((v) => ({ label: shortLabel(facet, v.value), title: valueLabel(facet, v.value), value: v.count }));
}

function table(caption, header, rows, format = formatCount) {
  return html`<details class="chart-table"><summary>Visa som tabell</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${`${caption}, tabell`}"><table><caption class="visually-hidden">${caption}</caption>
      <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((c) => html`<td>${format(c)}</td>`)}</tr>`)}</tbody>
    </table></div></details>`;
}

function figure(id, caption, chart, csvRows, { wide = false, extra = '', format } = {}) {
  // On a narrow screen the chart keeps its natural size and scrolls sideways.
  const scroller = html`<div class="chart-scroll" tabindex="0" role="region" aria-label="${caption}">${chart}</div>`;
  const body = csvRows.length > 1 ? [scroller, table(caption, csvRows[0], csvRows.slice(1), format)]
    : html`<p class="none">Inga värden för urvalet.</p>`;
  return html`<figure class="${wide ? 'chart wide' : 'chart'}" aria-labelledby="${id}-caption">
    <figcaption><h2 id="${id}-caption">${caption}</h2>
      ${csvRows.length > 1 ? html`<button type="button" class="csv-button" data-chart="${id}">Ladda ner CSV<span class="visually-hidden">: ${caption}</span></button>` : ''}
    </figcaption>
    ${extra}${body}
  </figure>`;
}

const percent = (part, whole) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);
const formatShare = (n) => `${Number(n).toLocaleString('sv-SE')} %`;

/** The pivot as a matrix of counts or of shares of each row's total (in per cent). */
function pivotMatrix(pivot, measure) {
  const share = measure === 'andel';
  return {
    rows: pivot.rowValues.map((v) => ({ label: shortLabel(pivot.rows, v), title: valueLabel(pivot.rows, v) })),
    cols: pivot.colValues.map((v) => ({ label: shortLabel(pivot.cols, v), title: valueLabel(pivot.cols, v) })),
    cells: share ? pivot.cells.map((row, i) => row.map((c) => percent(c, pivot.rowTotals[i]))) : pivot.cells,
    rowTotals: pivot.rowTotals,
    colTotals: pivot.colTotals,
    total: pivot.total,
  };
}

function pivotCsv(pivot, matrix) {
  return [
    [facetLabel(pivot.rows), ...matrix.cols.map((c) => c.title), 'Totalt'],
    ...matrix.rows.map((row, i) => [row.title, ...matrix.cells[i], matrix.rowTotals[i]]),
    ['Totalt', ...matrix.colTotals, matrix.total],
  ];
}

function pivotFigure(state, pivot, csvByChart) {
  const caption = `Poster per ${facetLabel(state.rows).toLowerCase()} och ${facetLabel(state.cols).toLowerCase()}${
    state.measure === 'andel' ? ' (andel av raden)' : ''}`;
  if (pivot === null) {
    return html`<figure class="chart wide"><figcaption><h2>${caption}</h2></figcaption>
      <p class="none">Tabellen kan inte visas just nu.</p></figure>`;
  }
  const matrix = pivotMatrix(pivot, state.measure);
  const rows = matrix.rows.length && matrix.cols.length ? pivotCsv(pivot, matrix) : [];
  csvByChart.set('chart-pivot', rows);
  const files = html`<p class="pivot-files">Från servern:
    <a href="${pivotUrl(state, state.rows, state.cols, 'csv')}" download>CSV</a> ·
    <a href="${pivotUrl(state, state.rows, state.cols, 'xlsx')}" download>Excel (xlsx)</a> ·
    <a href="${pivotUrl(state, state.rows, state.cols, 'jsonstat')}">JSON-stat</a></p>`;
  return figure('chart-pivot', caption, heatMap('chart-pivot', caption, matrix), rows, {
    wide: true, extra: files, format: state.measure === 'andel' ? formatShare : formatCount });
}

/** Records per region and year from the table appendix and from the regions' own reports. */
function coverageFigure(coverage, csvByChart) {
  const caption = 'Källor per region och år';
  if (!coverage?.initiatives || !coverage?.own) return '';
  const years = coverage.initiatives.colValues;
  const header = ['Region', ...years.flatMap((y) => [`${y} insatser`, `${y} egna rapporter`])];
  const rows = coverage.initiatives.rowValues.map((region, i) => {
    const own = coverage.own.rowValues.indexOf(region);
    return [region, ...years.flatMap((year, j) => {
      const k = coverage.own.colValues.indexOf(year);
      return [coverage.initiatives.cells[i][j], own >= 0 && k >= 0 ? coverage.own.cells[own][k] : 0];
    })];
  });
  const csvRows = [header, ...rows];
  csvByChart.set('chart-coverage', csvRows);
  return html`<figure class="chart wide" aria-labelledby="chart-coverage-caption" id="chart-coverage">
    <figcaption><h2 id="chart-coverage-caption">${caption}</h2>
      <button type="button" class="csv-button" data-chart="chart-coverage">Ladda ner CSV<span class="visually-hidden">: ${caption}</span></button>
    </figcaption>
    <p class="stats-note">Poster ur Tillväxtverkets tabellbilaga (insatser, alla regioner) och ur regionernas
      egna återrapporteringar och projektbeslut, som bara finns för några regioner och år.</p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="chart-coverage-caption"><table class="coverage">
      <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((c) => html`<td>${formatCount(c)}</td>`)}</tr>`)}</tbody>
    </table></div>
  </figure>`;
}

function options(selected) {
  return FACETS.filter((f) => f.axis !== false).map((f) => html`<option value="${f.key}" ${f.key === selected ? html`selected` : ''}>${f.label}</option>`);
}

/** The controls that shape the view; each change is a new URL (see main.js). */
function controls(state) {
  const types = state.filters.docType;
  return html`<form class="stats-controls" aria-label="Forma statistiken">
    <label>Rader <select id="stats-rows">${options(state.rows)}</select></label>
    <label>Kolumner <select id="stats-cols">${options(state.cols)}</select></label>
    <fieldset><legend>Visa</legend>
      <label><input type="radio" name="measure" value="antal" ${state.measure === 'antal' ? html`checked` : ''}> antal</label>
      <label><input type="radio" name="measure" value="andel" ${state.measure === 'andel' ? html`checked` : ''}> andel av raden</label>
    </fieldset>
    <label><input type="checkbox" id="stats-inferred" ${state.inferred ? html`checked` : ''}> Inkludera härledda Agenda 2030-mål</label>
    ${types ? '' : html`<label><input type="checkbox" id="stats-all-types" ${state.allTypes ? html`checked` : ''}> Alla dokumenttyper</label>`}
  </form>
  <p class="stats-note" id="stats-scope">${types
    ? `Dokumenttyp: ${types.map(docTypeLabel).join(', ')} (valt i filtret).`
    : state.allTypes
      ? 'Alla dokumenttyper räknas. Obs: regionernas egna rapporter finns bara för några regioner, så regionerna är inte jämförbara.'
      : 'Räknar insatser ur Tillväxtverkets tabellbilaga, där alla regioner redovisar på samma sätt; regionernas egna rapporter finns bara för några regioner och år (se Källor per region och år).'}
    ${state.inferred ? ' Agenda 2030-mål: angivna och härledda.' : ' Agenda 2030-mål: angivna i texten.'}</p>`;
}

function summary(state, total) {
  const filters = Object.entries(state.filters)
    .map(([facet, values]) => `${facetLabel(facet)}: ${values.map((v) => valueLabel(facet, v)).join(', ')}`);
  return html`<p class="stats-summary">${formatCount(total)} poster${state.q ? ` för ”${state.q}”` : ''}${
    filters.length ? ` · ${filters.join(' · ')}` : ''}</p>`;
}

export function renderStats(container, state, facetsResponse, pivot, coverage) {
  const csvByChart = new Map();
  const bars = BAR_CHARTS.map(({ facet, caption }) => {
    const id = `chart-${facet}`;
    const rows = barRows(facet, facetsResponse.facets[facet] ?? [], state.filters[facet] ?? []);
    const csvRows = [[facetLabel(facet), 'Antal'], ...rows.map((r) => [r.title, r.value])];
    csvByChart.set(id, csvRows);
    return figure(id, caption, barChart(id, caption, rows), csvRows);
  });
  render(container, html`<section class="stats" aria-labelledby="stats-heading">
    <h1 id="stats-heading" tabindex="-1">Statistik</h1>
    ${summary(state, facetsResponse.total)}
    ${filterChips(state)}
    ${controls(state)}
    <div class="charts">${pivotFigure(state, pivot, csvByChart)}${bars}${coverageFigure(coverage, csvByChart)}</div>
  </section>`);
  container.querySelectorAll('.csv-button').forEach((button) => button.addEventListener('click', () => {
    const chart = button.dataset.chart;
    downloadCsv(`regionsok-${chart.replace('chart-', '')}.csv`, csvByChart.get(chart));
  }));
}
