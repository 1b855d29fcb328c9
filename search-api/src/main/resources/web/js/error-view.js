// A failed view in Swedish with a way back: the server's own Swedish message (meddelande), "Rensa
// filter" when filters may be the cause, "Tillbaka" to the view before.
import { ApiError } from './api.js';
import { html, render } from './html.js';
import { linkTo } from './state.js';

export function renderError(container, state, error) {
  const message = error instanceof ApiError ? error.message
    : 'Sidan fick inget svar från servern. Kontrollera anslutningen och försök igen.';
  const hasFilters = Object.keys(state.filters).length > 0;
  render(container, html`<div class="error" role="alert">
    <h1 tabindex="-1">Något gick fel</h1>
    <p class="error-message">${message}</p>
    <p class="error-ways">
      ${hasFilters ? html`<a href="${linkTo({ view: 'search', id: '', filters: {}, page: 1 })}" data-internal>Rensa filter</a>` : ''}
      <button type="button" class="go-back">Tillbaka</button>
      <a href="/" data-internal>Till startsidan</a>
    </p>
  </div>`);
  container.querySelector('.go-back').addEventListener('click', () => history.back());
}
