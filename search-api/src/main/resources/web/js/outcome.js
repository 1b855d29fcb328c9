// An initiative's outcome on the page: the status label, the effects line with its figures in
// bold, and the effects part with the sentences the status rests on marked.
import { escapeHtml, formattedHtml, html, snippetHtml } from './html.js';
import { OUTCOMES } from './labels.js';

export function statusLabel(outcome) {
  const status = outcome?.status ?? 'not-reported';
  return html`<span class="outcome outcome-${status}">${OUTCOMES[status] ?? status}</span>`;
}

/** Wraps each figure's words, as they stand in the (escaped) text, in <strong>. */
function boldFigures(escaped, figures) {
  let out = escaped;
  for (const figure of figures ?? []) {
    const words = escapeHtml(figure.text);
    const at = out.indexOf(words);
    if (at >= 0) out = `${out.slice(0, at)}<strong>${words}</strong>${out.slice(at + words.length)}`;
  }
  return out;
}

/** The hit card's effects line; the server sends it escaped, with <mark> around query words. */
export function effectsLine(outcome) {
  if (!outcome?.effects) return '';
  const line = snippetHtml(outcome.effects).text;
  return html`<p class="effects">${statusLabel(outcome)}
    <span class="effects-text">${formattedHtml(boldFigures(line, outcome.figures))}</span></p>`;
}

/** The effects part with the evidence sentences in <mark class="evidence"> and figures in bold. */
export function effectsWithEvidence(effects, outcomes) {
  let out = escapeHtml(effects);
  for (const sentence of outcomes?.evidence ?? []) {
    const words = escapeHtml(sentence);
    const at = out.indexOf(words);
    if (at >= 0) out = `${out.slice(0, at)}<mark class="evidence">${words}</mark>${out.slice(at + words.length)}`;
  }
  return formattedHtml(boldFigures(out, outcomes?.figures));
}
