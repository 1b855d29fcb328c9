// Where a person was on a page: the focused control and the scroll position, kept in the history
// entry when they leave it and given back when Back or Forward returns to it.

/** A key that finds the same control again after the view is rendered anew. */
function keyOf(element) {
  if (!element || element === document.body) return null;
  if (element.id) return { id: element.id };
  const href = element.getAttribute?.('href');
  return href ? { href } : null;
}

function find(key) {
  if (key?.id) return document.getElementById(key.id);
  if (key?.href) return [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === key.href);
  return null;
}

/** What to keep in the history entry being left. */
export function snapshot() {
  return { scrollY: window.scrollY, focus: keyOf(document.activeElement) };
}

/** Puts focus and scroll back as they were; true when the focused control was found. */
export function restore(saved) {
  const element = find(saved?.focus);
  element?.focus({ preventScroll: true });
  window.scrollTo(0, saved?.scrollY ?? 0);
  return Boolean(element);
}
