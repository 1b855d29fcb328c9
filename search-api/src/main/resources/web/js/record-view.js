// One record in full: its text, outputs and effects, goals and Agenda 2030 goals, where it came from, and comparable
// initiatives from other regions.
import { badges } from './badges.js';
import { attachCopy, citeSection, lineRange } from './cite.js';
import { html, render, snippetHtml } from './html.js';
import { SOURCE_LABELS, areaShort, docTypeLabel, facetLabel, formatCount, sdgLabel, topicLabel } from './labels.js';
import { effectsWithEvidence, statusLabel } from './outcome.js';
import { linkTo } from './state.js';
import { listTitle } from './titles.js';

function tagged(items, labelOf) {
  return html`<ul class="tags">${items.map((item) => html`<li class="tag tag-${item.source}">
    ${labelOf(item)} <span class="tag-source">(${SOURCE_LABELS[item.source] ?? item.source})</span>${
    item.evidence?.length ? html` <span class="tag-evidence">härlett från: ${item.evidence.join(', ')}</span>` : ''}</li>`)}</ul>`;
}

function listOrNone(items, none) {
  return items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="none">${none}</p>`;
}

function facts(record) {
  const lines = lineRange(record.source);
  return html`<dl class="facts">
    ${record.shortTitle ? html`<dt>Fråga</dt><dd class="question">${record.title}</dd>` : ''}
    <dt>Region</dt><dd>${record.region}</dd>
    <dt>År</dt><dd>${record.year}</dd>
    <dt>Dokumenttyp</dt><dd>${docTypeLabel(record.docType)}</dd>
    <dt>Politikområde</dt><dd>${record.area.join(', ') || '–'}</dd>
    <dt>Källa</dt><dd class="source">${record.source.title
      ? html`<span class="source-title">${record.source.title}</span>`
      : html`<span class="document">${record.source.document}</span>`}, ${lines}</dd>
    ${record.programs?.length ? html`<dt>Program</dt><dd>${record.programs.join(', ')}</dd>` : ''}
    ${record.projectIds?.length ? html`<dt>Projekt-id</dt><dd>${record.projectIds.join(', ')}</dd>` : ''}
  </dl>`;
}

function goals(record) {
  return html`<section class="goals" aria-labelledby="goals-heading">
    <h2 id="goals-heading">Mål</h2>
    ${record.goalText ? html`<p class="goal-text">${record.goalText}</p>` : ''}
    <h3>Mål i den regionala utvecklingsstrategin (RUS)</h3>
    ${listOrNone(record.rusGoals ?? [], 'Inga RUS-mål angivna.')}
    <h3>${facetLabel('rusTheme')}</h3>
    ${record.rusThemes?.length ? tagged(record.rusThemes, (t) => t.theme) : html`<p class="none">Inga teman.</p>`}
    <h3>Agenda 2030</h3>
    ${record.sdgs?.length ? tagged(record.sdgs, (s) => sdgLabel(s.goal)) : html`<p class="none">Inga mål angivna eller härledda.</p>`}
    <p class="legend"><span class="tag tag-explicit">Angivet</span> står i texten ·
      <span class="tag tag-inferred">Härlett</span> har tolkats fram ur texten</p>
  </section>`;
}

/** Prestationer, Effekter (the evidence marked) and what the effects amount to. */
function outcome(record) {
  const o = record.outcomes ?? { status: 'not-reported', figures: [], evaluated: false, evidence: [] };
  return html`<section class="outcomes" aria-labelledby="outcomes-heading">
    <h2 id="outcomes-heading">Resultat och effekter</h2>
    <p class="outcome-summary">${statusLabel(o)}
      ${o.evaluated ? html`<span class="evaluated">Hänvisar till utvärdering, indikatorer eller nollmätning</span>` : ''}</p>
    ${o.figures.length ? html`<ul class="figures">${o.figures.map((f) => html`<li><strong>${f.text}</strong></li>`)}</ul>` : ''}
    ${record.outputs ? html`<h3>Prestationer</h3><div class="record-outputs">${record.outputs}</div>` : ''}
    ${record.effects ? html`<h3>Effekter</h3><div class="record-effects">${effectsWithEvidence(record.effects, o)}</div>`
      : html`<p class="none">Inga effekter redovisade.</p>`}
    ${o.evidence.length ? html`<p class="legend"><mark class="evidence">Markerat</mark> är meningarna bedömningen bygger på</p>` : ''}
  </section>`;
}

/** How many similar records show before "Visa fler". */
const SIMILAR_SHOWN = 8;

function topics(record) {
  const list = record.topics ?? [];
  return html`<section class="topics" aria-labelledby="topics-heading">
    <h2 id="topics-heading">Ämnen</h2>
    ${list.length ? html`<ul class="tags topic-tags">${list.map((t) => html`<li class="tag topic"
      title="${`Belägg: ${t.evidence.join(', ')}`}">${topicLabel(t.path)}</li>`)}</ul>`
      : html`<p class="none">Inga ämnen känns igen.</p>`}
  </section>`;
}

function why(similarity) {
  if (!similarity) return '';
  const facets = similarity.facets ?? similarity.sharedFacets ?? {};
  const shared = Object.entries(facets)
    .map(([facet, values]) => `${facetLabel(facet)}: ${values.map((v) => (facet === 'area' ? areaShort(v) : v)).join(', ')}`);
  const terms = similarity.terms ?? similarity.sharedTerms ?? [];
  const sharedTopics = (similarity.topics ?? []).map(topicLabel);
  return html`<p class="why">Gemensamt: ${[sharedTopics.length ? `ämne ${sharedTopics.join(', ')}` : '',
    terms.length ? `ord som ${terms.slice(0, 6).join(', ')}` : '', ...shared]
    .filter(Boolean).join(' · ')}</p>`;
}

function strength(hit) {
  if (hit.strength == null) return '';
  const percent = Math.round(hit.strength * 100);
  return html`<p class="strength" title="Likhet jämfört med posten själv">Likhet
    <meter min="0" max="100" value="${percent}"></meter> <span class="strength-value">${percent} %</span></p>`;
}

function similarItem(hit, index = 0) {
  return html`<li class="hit similar-hit"${index >= SIMILAR_SHOWN ? ' hidden' : ''}>
    <h3 class="hit-title"><a href="${linkTo({ view: 'record', id: hit.id })}" data-internal>${listTitle(hit)}</a></h3>
    ${badges(hit)}
    ${strength(hit)}
    <p class="snippet">${snippetHtml(hit.snippet)}</p>
    ${why(hit.why)}
  </li>`;
}

function toggles(options) {
  return html`<fieldset class="similar-options"><legend>Avgränsa</legend>
    <label><input type="checkbox" name="sameArea"${options.sameArea ? ' checked' : ''}> Samma politikområde</label>
    <label><input type="checkbox" name="initiatives"${options.initiatives ? ' checked' : ''}> Bara insatser</label>
  </fieldset>`;
}

/**
 * The text, with the search's words marked when the record was reached from a hit: how many
 * marks and a jump to the first.
 */
function fullText(record, marked) {
  if (!marked) return html`<div class="record-text">${record.text}</div>`;
  const count = marked.matches === 1 ? '1 träff' : `${formatCount(marked.matches)} träffar`;
  return html`<p class="match-count">${count} i texten${marked.matches
    ? html` <button type="button" class="jump-to-match">Gå till första träffen</button>` : ''}</p>
    <div class="record-text">${snippetHtml(marked.text)}</div>`;
}

export function renderRecord(container, record, marked = null) {
  render(container, html`<p class="back"><a href="${linkTo({ view: 'search', id: '' })}" data-internal>← Till sökresultaten</a></p>
    <article class="record" aria-labelledby="record-title">
      <h1 id="record-title" tabindex="-1">${listTitle(record)}</h1>
      ${badges(record)}
      ${facts(record)}
      ${citeSection(record)}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        ${fullText(record, marked)}
      </section>
      ${outcome(record)}
      ${topics(record)}
      ${goals(record)}
    </article>
    <section id="similar" class="similar" aria-labelledby="similar-heading" aria-busy="true">
      <h2 id="similar-heading">Liknande insatser i andra regioner</h2>
      <p class="loading">Hämtar…</p>
    </section>`);
  attachCopy(container);
  container.querySelector('.jump-to-match')?.addEventListener('click', () => {
    const first = container.querySelector('.record-text mark');
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  });
}

/**
 * Fills the similar section once /similar answers; null means the endpoint is not deployed.
 * The toggles ask again through reload(options); the first eight show, "Visa fler" the rest.
 */
export function renderSimilar(container, response, options = {}, reload = null) {
  const section = container.querySelector('#similar');
  if (!section) return;
  section.removeAttribute('aria-busy');
  const hits = response?.hits ?? [];
  const sameInitiative = response?.sameInitiative ?? [];
  render(section, html`<h2 id="similar-heading">Liknande insatser i andra regioner</h2>
    ${reload ? toggles(options) : ''}
    ${response === null ? html`<p class="none">Liknande insatser kan inte visas just nu.</p>`
      : hits.length ? html`<ol class="hits">${hits.map(similarItem)}</ol>
        ${hits.length > SIMILAR_SHOWN ? html`<button type="button" class="show-more">Visa fler (${hits.length - SIMILAR_SHOWN})</button>` : ''}`
        : html`<p class="none">Inga liknande insatser hittades.</p>`}
    ${sameInitiative.length ? html`<h3>Samma insats i andra rapporter</h3>
      <ul class="hits same-initiative">${sameInitiative.map((hit) => similarItem(hit))}</ul>` : ''}`);
  section.querySelector('.show-more')?.addEventListener('click', (event) => {
    section.querySelectorAll('ol.hits > li[hidden]').forEach((li) => li.removeAttribute('hidden'));
    event.target.remove();
  });
  section.querySelectorAll('.similar-options input').forEach((input) => input.addEventListener('change', () => {
    section.setAttribute('aria-busy', 'true');
    reload({ ...options, [input.name]: input.checked });
  }));
}
