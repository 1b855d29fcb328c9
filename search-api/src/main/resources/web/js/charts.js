// Small SVG charts: horizontal bars and a heat map. Each has a <title> for screen readers and a
// <title> per bar or cell as its tooltip; the numbers are also offered as a table and a CSV.
import { html } from './html.js';
import { contrast, hexToRgb, hslToRgb } from './contrast.js';
import { formatCount } from './labels.js';

const BAR = { height: 20, gap: 6, labelWidth: 200, width: 260, valueWidth: 56 };
const HEAT = { cell: 48, rowHeight: 24, labelWidth: 150, headerHeight: 150, totalWidth: 56 };

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** rows: [{ label, title, value }], drawn in the given order. */
export function barChart(id, caption, rows) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const width = BAR.labelWidth + BAR.width + BAR.valueWidth;
  const height = rows.length * (BAR.height + BAR.gap);
  return html`<svg id="${id}" class="bar-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title">
    <title id="${id}-title">${caption}</title>
    ${rows.map((row, i) => {
      const barWidth = Math.max(1, (row.value / max) * BAR.width);
      return html`<g class="bar" transform="translate(0 ${i * (BAR.height + BAR.gap)})">
        <title>${row.title}: ${formatCount(row.value)}</title>
        <text class="bar-label" x="${BAR.labelWidth - 8}" y="${BAR.height / 2}" dy="0.35em" text-anchor="end">${truncate(row.label, 24)}</text>
        <rect x="${BAR.labelWidth}" width="${barWidth}" height="${BAR.height}" rx="2"></rect>
        <text class="bar-value" x="${BAR.labelWidth + barWidth + 6}" y="${BAR.height / 2}" dy="0.35em">${formatCount(row.value)}</text>
      </g>`;
    })}
  </svg>`;
}

// Cell text: dark ink or white, whichever stands out more from the cell's fill.
const INK = '#1b2430';
const WHITE = '#ffffff';
const LEGIBLE = 4.5;

/**
 * Light blue for few records to dark blue for the most, with the text colour of the better measured
 * contrast. Where neither reaches 4.5:1 (mid blues) the fill is moved lighter or darker until one does.
 */
function shade(value, max) {
  if (value === 0) return { fill: '#f3f5f8', text: INK };
  let lightness = 94 - (value / max) * 62;
  for (;;) {
    const fill = hslToRgb(212, 70, lightness);
    const onInk = contrast(fill, hexToRgb(INK));
    const onWhite = contrast(fill, hexToRgb(WHITE));
    if (Math.max(onInk, onWhite) >= LEGIBLE) {
      return { fill: `rgb(${fill.join(', ')})`, text: onInk >= onWhite ? INK : WHITE };
    }
    lightness += onInk >= onWhite ? 1 : -1;
  }
}

/**
 * matrix: { rows: [{label, title}], cols: [{label, title}], cells: [[n]], rowTotals, colTotals, total };
 * the totals are drawn as a last column and row.
 */
export function heatMap(id, caption, matrix) {
  const max = Math.max(1, ...matrix.cells.flat());
  const cols = matrix.cols.length;
  // The slanted column labels reach right of the last column by about the header's height.
  const width = HEAT.labelWidth + cols * HEAT.cell + HEAT.totalWidth + HEAT.headerHeight;
  const height = HEAT.headerHeight + (matrix.rows.length + 1) * HEAT.rowHeight;
  const middle = HEAT.rowHeight / 2;
  const totalX = HEAT.labelWidth + cols * HEAT.cell + HEAT.totalWidth / 2;
  return html`<svg id="${id}" class="heat-map" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title">
    <title id="${id}-title">${caption}</title>
    ${matrix.cols.map((col, j) => html`<g><title>${col.title}</title>
      <text class="col-label" transform="translate(${HEAT.labelWidth + (j + 0.5) * HEAT.cell} ${HEAT.headerHeight - 6}) rotate(-45)">${truncate(col.label, 30)}</text></g>`)}
    <text class="col-label total" transform="translate(${totalX} ${HEAT.headerHeight - 6}) rotate(-45)">Totalt</text>
    ${matrix.rows.map((row, i) => html`<g class="heat-row" transform="translate(0 ${HEAT.headerHeight + i * HEAT.rowHeight})">
      <text class="row-label" x="${HEAT.labelWidth - 8}" y="${middle}" dy="0.35em" text-anchor="end">${truncate(row.label, 22)}</text>
      ${matrix.cells[i].map((value, j) => {
        const { fill, text } = shade(value, max);
        const x = HEAT.labelWidth + j * HEAT.cell;
        return html`<g class="heat-cell" data-row="${row.title}" data-col="${matrix.cols[j].title}">
          <title>${row.title} · ${matrix.cols[j].title}: ${formatCount(value)}</title>
          <rect x="${x + 1}" y="1" width="${HEAT.cell - 2}" height="${HEAT.rowHeight - 2}" fill="${fill}"></rect>
          ${value ? html`<text class="cell-value" fill="${text}" x="${x + HEAT.cell / 2}" y="${middle}" dy="0.35em" text-anchor="middle">${formatCount(value)}</text>` : ''}
        </g>`;
      })}
      <text class="total-value" x="${totalX}" y="${middle}" dy="0.35em" text-anchor="middle">${formatCount(matrix.rowTotals[i])}</text>
    </g>`)}
    <g class="heat-row totals" transform="translate(0 ${HEAT.headerHeight + matrix.rows.length * HEAT.rowHeight})">
      <text class="row-label total" x="${HEAT.labelWidth - 8}" y="${middle}" dy="0.35em" text-anchor="end">Totalt</text>
      ${matrix.colTotals.map((value, j) => html`<text class="total-value" x="${HEAT.labelWidth + (j + 0.5) * HEAT.cell}" y="${middle}" dy="0.35em" text-anchor="middle">${formatCount(value)}</text>`)}
      <text class="total-value" x="${totalX}" y="${middle}" dy="0.35em" text-anchor="middle">${formatCount(matrix.total)}</text>
    </g>
  </svg>`;
}
