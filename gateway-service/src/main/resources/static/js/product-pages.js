import { api } from './api.js';
import { h, clear } from './dom.js';
import { loading, showProblem } from './layout.js';

/**
 * Pages through GET /api/products with its opaque cursor, for the shop and the inventory:
 * a search form, previous and next buttons and a page label. The cursors already seen are
 * kept (cursors[i] opens page i), so going back needs nothing from the server.
 */
export class ProductPages {
  constructor({ container, searchForm, prev, next, label, size, render }) {
    Object.assign(this, { container, prev, next, label, size, render });
    this.query = '';
    this.cursors = [null];
    this.page = 0;
    this.nextCursor = null;
    searchForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.query = searchForm.elements.q.value.trim();
      this.cursors.length = 1;
      this.page = 0;
      this.load();
    });
    next.addEventListener('click', () => {
      if (!this.nextCursor) return;
      this.cursors[this.page + 1] = this.nextCursor;
      this.page += 1;
      this.load();
    });
    prev.addEventListener('click', () => {
      if (this.page === 0) return;
      this.page -= 1;
      this.load();
    });
  }

  /** (Re)loads the current page; render(items) gives the nodes that show them. */
  async load() {
    const done = loading(this.container, 'Loading products…');
    this.prev.disabled = true;
    this.next.disabled = true;
    const params = new URLSearchParams({ size: String(this.size) });
    if (this.query) params.set('q', this.query);
    if (this.cursors[this.page]) params.set('cursor', this.cursors[this.page]);
    try {
      const result = await api(`/api/products?${params}`);
      this.nextCursor = result.nextCursor || null;
      const items = result.items || [];
      clear(this.container).append(...(items.length ? [].concat(this.render(items))
        : [h('p', { class: 'muted', id: 'no-products' },
          this.query ? `No products match “${this.query}”.` : 'No products yet.')]));
      this.label.textContent = `Page ${this.page + 1}`;
      this.prev.disabled = this.page === 0;
      this.next.disabled = !this.nextCursor;
    } catch (error) {
      clear(this.container).append(h('p', { class: 'muted' }, 'The products could not be loaded.'));
      showProblem(error);
    } finally {
      done();
    }
  }
}
