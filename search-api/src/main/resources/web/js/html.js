// Markup from template literals: every interpolated value is escaped unless it is markup built
// here (SafeHtml), so a value from the server cannot reach innerHTML unescaped by accident.

class SafeHtml {
  constructor(text) {
    this.text = text;
  }
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function piece(value) {
  if (value == null || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(value);
}

export function html(strings, ...values) {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? piece(values[i]) : ''), ''));
}

/** The server escapes snippets and adds only <mark>; any other tag is dropped should that change. */
export function snippetHtml(snippet) {
  return new SafeHtml(String(snippet ?? '').replace(/<(?!\/?mark>)[^>]*>/g, ''));
}

/** Escaped text with only <mark>, <mark class="evidence"> and <strong> kept (effects with figures and evidence). */
export function formattedHtml(text) {
  return new SafeHtml(String(text ?? '').replace(/<(?!\/?strong>|\/?mark>|mark class="evidence">)[^>]*>/g, ''));
}

export function render(element, content) {
  element.innerHTML = piece(content);
}
