// The result list: count, what the query was read as (regions, years, topics its words name),
// "did you mean" or the correction applied, sort, hits with highlighted snippets and effects, paging.
import { PAGE_SIZE, exportUrl } from './api.js';
import { badges } from './badges.js';
import { filterChips } from './chips.js';
import { html, render, snippetHtml } from './html.js';
import { hitsLabel } from './labels.js';
import { effectsLine } from './outcome.js';
import { linkTo, urlFor, withFilter } from './state.js';
import { listTitle } from './titles.js';

// The orders an analyst expects, by the API's sort names.
const SORTS = {
  relevance: 'Relevans',
  year: 'Nyast först',
  yearAsc: 'Äldst först',
  region: 'Region A–Ö',
  evidence: 'Starkast belägg för effekt',
};

// The API refuses pages beyond 10 000 results.
const MAX_RESULT_WINDOW = 10_000;

function didYouMean(suggestion, response) {
  if (response.correctedFrom) {
    return html`<p class="did-you-mean corrected">Visar träffar för <em>${response.correctedTo}</em>.
      Sök i stället efter <a href="${linkTo({ q: response.correctedFrom, page: 1, literal: true })}"
        data-internal><em>${response.correctedFrom}</em></a></p>`;
  }
  if (!suggestion) return '';
  return html`<p class="did-you-mean">Menade du
    <a href="${linkTo({ q: suggestion, page: 1 })}" data-internal>${suggestion}</a>?</p>`;
}

// The regions and years the query was read as: shown as the filter they became, with the way out.
function understood(reading) {
  if (!reading) return '';
  const years = reading.year.join('–');
  const scope = [...reading.region, years].filter(Boolean).join(', ');
  const undo = reading.region.length ? (years ? 'sök i hela landet och alla år' : 'sök i hela landet') : 'sök alla år';
  return html`<p class="understood">Visar ${scope} —
    <a href="${linkTo({ literal: true, page: 1 })}" data-internal>${undo}</a></p>`;
}

// A rare word that names a topic also found the topic's records, which say it in other words:
// said, so a hit without the word is not a puzzle; the topic's name narrows to that topic.
function topicsSearched(state, topics) {
  if (!topics?.length) return '';
  const named = topics.map((t, i) => html`${i ? '; ' : ''}<a href="${urlFor(withFilter(state, 'topic', [t.topic]))}"
    data-internal><strong>${t.topic.split('/').pop()}</strong></a> (sökordet ”${t.word}” hör dit)`);
  return html`<p class="topics-searched">Visar även poster om ämnet ${named}.</p>`;
}

/**
 * The snippet without its "Effekter: …" passages when the effects line below shows the effects:
 * said once, with its status and figures. Lines are split by newlines, passages by " … ".
 */
function withoutEffects(snippet, outcome) {
  if (!outcome?.effects) return snippet;
  return snippet.split('\n')
    .map((line) => line.split(' … ').filter((passage) => !passage.replace(/<\/?mark>/g, '').trim().startsWith('Effekter:')).join(' … '))
    .filter((line) => line.trim()).join('\n');
}

/**
 * A hit's heading and snippet: an initiative's snippet opens with its name, which the heading
 * already says; that line becomes the heading, with the query's words marked in it, and is not
 * repeated below.
 */
function headingAndSnippet(hit) {
  const snippet = withoutEffects(hit.snippet ?? '', hit.outcome);
  const lines = snippet.split('\n');
  const title = listTitle(hit);
  if (lines.length > 1 && lines[0].replace(/<\/?mark>/g, '').trim() === title.trim()) {
    return { heading: snippetHtml(lines[0]), snippet: lines.slice(1).join('\n') };
  }
  return { heading: title, snippet };
}

function hitItem(hit) {
  const { heading, snippet } = headingAndSnippet(hit);
  return html`<li class="hit">
    <h2 class="hit-title"><a href="${linkTo({ view: 'record', id: hit.id })}" data-internal>${heading}</a></h2>
    ${badges(hit)}
    ${snippet ? html`<p class="snippet">${snippetHtml(snippet)}</p>` : ''}
    ${effectsLine(hit.outcome)}
  </li>`;
}

function pager(state, total) {
  const last = Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_RESULT_WINDOW / PAGE_SIZE)));
  if (last === 1) return '';
  const page = Math.min(state.page, last);
  return html`<nav class="pager" aria-label="Sidor">
    ${page > 1 ? html`<a rel="prev" href="${linkTo({ page: page - 1 })}" data-internal>← Föregående</a>` : ''}
    <span aria-current="page">Sida ${page} av ${last}</span>
    ${page < last ? html`<a rel="next" href="${linkTo({ page: page + 1 })}" data-internal>Nästa →</a>` : ''}
  </nav>`;
}

export function renderSearch(container, state, response) {
  const searched = response.correctedTo ?? state.q;
  const heading = searched ? `${hitsLabel(response.total)} för ”${searched}”` : hitsLabel(response.total);
  render(container, html`<section class="results" aria-labelledby="results-heading">
    <div class="results-bar">
      <h1 id="results-heading" tabindex="-1">${heading}</h1>
      <label class="sort">Sortera
        <select id="sort">${Object.entries(SORTS).map(([value, label]) => html`<option value="${value}"
          ${state.sort === value ? html`selected` : ''}>${label}</option>`)}</select>
      </label>
    </div>
    ${filterChips(state)}
    ${understood(response.understood)}
    ${topicsSearched(state, response.topicsSearched)}
    ${didYouMean(response.suggestion, response)}
    ${response.partialMatch ? html`<p class="partial-match">Inga poster innehåller alla orden; här visas de som innehåller flest av dem.</p>` : ''}
    ${response.hits.length
      ? html`<ol class="hits" start="${(response.page - 1) * response.size + 1}">${response.hits.map(hitItem)}</ol>`
      : response.suggestion ? '' : html`<p class="empty">Inga träffar. Pröva färre eller andra ord, eller ta bort något filter.</p>`}
    ${pager(state, response.total)}
    <p class="export">Ladda ner alla träffar:
      <a href="${exportUrl(state, 'csv')}" download>CSV</a> ·
      <a href="${exportUrl(state, 'jsonl')}" download>JSON Lines</a></p>
  </section>`);
}
