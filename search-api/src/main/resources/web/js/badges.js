// The small labels on a hit or record: region, year, policy areas, kind of record.
import { html } from './html.js';
import { areaShort, docTypeLabel } from './labels.js';

export function badges(item) {
  return html`<ul class="badges" aria-label="Uppgifter">
    <li class="badge badge-region">${item.region}</li>
    <li class="badge badge-year">${item.year}</li>
    ${(item.area ?? []).map((a) => html`<li class="badge badge-area" title="${a}">${areaShort(a)}</li>`)}
    <li class="badge badge-type">${docTypeLabel(item.docType)}</li>
  </ul>`;
}
