// A record cited: a lasting link (only the record's id, not the search that found it) and a ready
// citation with the source document, region and line range; "Kopiera länk" copies the link.
import { html } from './html.js';

export function permalink(id) {
  return `${location.origin}/?view=record&id=${encodeURIComponent(id)}`;
}

export function lineRange(source) {
  return source.lineStart === source.lineEnd ? `rad ${source.lineStart}` : `rad ${source.lineStart}–${source.lineEnd}`;
}

export function citation(record) {
  const document = record.source.title || record.source.document;
  // a question ending in "." or "?" gets no second full stop
  const title = /[.?!]$/.test(record.title.trim()) ? record.title.trim() : `${record.title.trim()}.`;
  return `${title} I: ${document}, ${record.region} ${record.year}, ${lineRange(record.source)}. Regionsök, ${permalink(record.id)}`;
}

export function citeSection(record) {
  return html`<section class="cite" aria-labelledby="cite-heading">
    <h2 id="cite-heading">Citera</h2>
    <p class="citation">${citation(record)}</p>
    <p class="permalink"><label for="permalink">Länk till posten</label>
      <input id="permalink" type="text" readonly value="${permalink(record.id)}">
      <button type="button" class="copy-link">Kopiera länk</button>
      <span class="copied" role="status"></span></p>
  </section>`;
}

/** Copies the link; where the browser refuses, selects it for Ctrl+C. */
export function attachCopy(container) {
  const button = container.querySelector('.copy-link');
  const field = container.querySelector('#permalink');
  const said = container.querySelector('.copied');
  button?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      said.textContent = 'Länken är kopierad.';
    } catch {
      field.select();
      said.textContent = 'Länken är markerad: kopiera med Ctrl+C.';
    }
  });
}
