// Results as you type: 250 ms after the last keystroke the search view shows the query's results.
// The first update of a typing run adds a history entry and later ones replace it, so Back skips
// the keystrokes; the page's own navigation cancels the requests a newer one makes stale.
const DELAY_MS = 250;
const MIN_LENGTH = 2;

export function attachInstantSearch(input, { isSearchView, search }) {
  let timer;
  let typing = false;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!isSearchView() || (q && q.length < MIN_LENGTH)) return;
    timer = setTimeout(() => {
      search(q, { replace: typing });
      typing = true;
    }, DELAY_MS);
  });
  input.addEventListener('blur', () => { typing = false; });
  input.form?.addEventListener('submit', () => {
    clearTimeout(timer);
    typing = false;
  });
}
