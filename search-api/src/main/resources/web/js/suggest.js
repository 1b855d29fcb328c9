// Completions under the search box, as an ARIA combobox: arrows move, Enter picks, Escape closes.
import { html, render } from './html.js';
import { formatCount } from './labels.js';

const DELAY_MS = 150;

export function attachSuggestions(input, listbox, { fetchSuggestions, onPick }) {
  let items = [];
  let active = -1;
  let timer;
  let controller;

  function close() {
    items = [];
    active = -1;
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(list) {
    if (!list.length) return close();
    items = list;
    active = -1;
    render(listbox, list.map((s, i) => html`<li id="suggestion-${i}" role="option" aria-selected="false"
      data-index="${i}"><span class="text">${s.text}</span> <span class="count">${formatCount(s.count)}</span></li>`));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function highlight(index) {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  function pick(suggestion) {
    input.value = suggestion.text;
    close();
    onPick(suggestion.text);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    controller?.abort();
    const prefix = input.value.trim();
    if (prefix.length < 2) return close();
    timer = setTimeout(async () => {
      controller = new AbortController();
      try {
        const list = await fetchSuggestions(prefix, controller.signal);
        if (input.value.trim() === prefix && document.activeElement === input) show(list ?? []);
      } catch (e) {
        if (e.name !== 'AbortError') close();
      }
    }, DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (listbox.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + items.length) % items.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(items[active]);
    } else if (e.key === 'Escape') {
      // A search field clears itself on Escape; here Escape only closes the list.
      e.preventDefault();
      close();
    }
  });

  // mousedown, not click: a click would blur the input first and close the list.
  listbox.addEventListener('mousedown', (e) => {
    const option = e.target.closest('[role=option]');
    if (!option) return;
    e.preventDefault();
    pick(items[Number(option.dataset.index)]);
  });

  input.addEventListener('blur', close);
  input.form?.addEventListener('submit', () => {
    clearTimeout(timer);
    controller?.abort();
    close();
  });
}
