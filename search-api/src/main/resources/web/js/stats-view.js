// Counts for the current query and filters: bars by region, policy area and Agenda 2030 goal, and
// a region × policy area heat map, each with its numbers as a table and as a CSV download.
import { barChart, heatMap } from './charts.js';
import { downloadCsv } from './csv.js';
import { html, render } from './html.js';
import { facetLabel, formatCount, shortLabel, valueLabel } from './labels.js';

const BAR_CHARTS = [
  { facet: 'region', caption: 'Poster per region' },
  { facet: 'area', caption: 'Poster per politikområde' },
  { facet: 'sdg', caption: 'Poster per Agenda 2030-mål' },
];

/**
 * Bars of one facet. Facet counts are multi-select (they ignore the facet's own filter), so when
 * values are ticked only those are drawn: their counts are then exactly the matching records.
 */
function barRows(facet, values, selected) {
  const shown = selected.length ? values.filter((v) => selected.includes(String(v.value))) : values;
  const ordered = facet === 'sdg' ? [...shown].sort((a, b) => Number(a.value) - Number(b.value)) : shown;
  return ordered.map((v) => ({ label: shortLabel(facet, v.value), title: valueLabel(facet, v.value), value: v.count }));
}

function table(caption, header, rows) {
  return html`<details class="chart-table"><summary>Visa som tabell</summary>
    <table><caption class="visually-hidden">${caption}</caption>
      <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((c) => html`<td>${formatCount(c)}</td>`)}</tr>`)}</tbody>
    </table></details>`;
}

function figure(id, caption, chart, csvRows) {
  return html`<figure class="chart" aria-labelledby="${id}-caption">
    <figcaption><h2 id="${id}-caption">${caption}</h2>
      ${csvRows.length > 1 ? html`<button type="button" class="csv-button" data-chart="${id}">Ladda ner CSV<span class="visually-hidden">: ${caption}</span></button>` : ''}
    </figcaption>
    ${csvRows.length > 1 ? [chart, table(caption, csvRows[0], csvRows.slice(1))] : html`<p class="none">Inga värden för urvalet.</p>`}
  </figure>`;
}

function pivotMatrix(pivot) {
  return {
    rows: pivot.rowValues.map((v) => ({ label: shortLabel(pivot.rows, v), title: valueLabel(pivot.rows, v) })),
    cols: pivot.colValues.map((v) => ({ label: shortLabel(pivot.cols, v), title: valueLabel(pivot.cols, v) })),
    cells: pivot.cells,
    rowTotals: pivot.rowTotals,
    colTotals: pivot.colTotals,
    total: pivot.total,
  };
}

function heatMapCsv(matrix) {
  return [
    [facetLabel('region'), ...matrix.cols.map((c) => c.title), 'Totalt'],
    ...matrix.rows.map((row, i) => [row.title, ...matrix.cells[i], matrix.rowTotals[i]]),
    ['Totalt', ...matrix.colTotals, matrix.total],
  ];
}

function heatMapFigure(pivot, csvByChart) {
  const caption = 'Poster per region och politikområde';
  if (pivot === null) {
    return html`<figure class="chart wide"><figcaption><h2>${caption}</h2></figcaption>
      <p class="none">Värmekartan kan inte visas just nu.</p></figure>`;
  }
  const matrix = pivotMatrix(pivot);
  const rows = matrix.rows.length && matrix.cols.length ? heatMapCsv(matrix) : [];
  csvByChart.set('chart-heat-map', rows);
  return html`<div class="wide">${figure('chart-heat-map', caption, heatMap('chart-heat-map', caption, matrix), rows)}</div>`;
}

function summary(state, total) {
  const filters = Object.entries(state.filters)
    .map(([facet, values]) => `${facetLabel(facet)}: ${values.map((v) => valueLabel(facet, v)).join(', ')}`);
  return html`<p class="stats-summary">${formatCount(total)} poster${state.q ? ` för ”${state.q}”` : ''}${
    filters.length ? ` · ${filters.join(' · ')}` : ''}</p>`;
}

export function renderStats(container, state, facetsResponse, pivot) {
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
    <div class="charts">${bars}${heatMapFigure(pivot, csvByChart)}</div>
  </section>`);
  container.querySelectorAll('.csv-button').forEach((button) => button.addEventListener('click', () => {
    const chart = button.dataset.chart;
    downloadCsv(`regionsok-${chart.replace('chart-', '')}.csv`, csvByChart.get(chart));
  }));
}
