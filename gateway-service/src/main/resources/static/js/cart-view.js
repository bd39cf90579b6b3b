// The cart panel: lines with − / + and remove, live totals, and what changed since the
// customer added a line (price, stock, a product gone), with "accept the new prices".
import { api } from './api.js';
import { h, clear } from './dom.js';
import { money } from './format.js';
import { showMessage, showProblem } from './layout.js';

export class CartView {
  constructor(body, notices, { onChange } = {}) {
    this.body = body;
    this.notices = notices;
    this.cart = null;
    this.onChange = onChange || (() => {});
    this.pending = false;
  }

  async load() {
    this.body.setAttribute('aria-busy', 'true');
    clear(this.body).append(h('p', { class: 'loading', role: 'status' }, 'Loading your cart…'));
    try {
      this.render(await api('/api/cart'));
    } catch (error) {
      clear(this.body).append(h('p', { class: 'muted' }, 'Your cart could not be loaded.'));
      showProblem(error);
    } finally {
      this.body.removeAttribute('aria-busy');
    }
  }

  async change(request, doneMessage) {
    if (this.pending) return;
    this.pending = true;
    this.body.setAttribute('aria-busy', 'true');
    for (const button of this.body.querySelectorAll('button')) button.disabled = true;
    try {
      this.render(await request());
      if (doneMessage) showMessage(doneMessage, 'success');
    } catch (error) {
      showProblem(error);
      if (this.cart) this.render(this.cart);
    } finally {
      this.pending = false;
      this.body.removeAttribute('aria-busy');
    }
  }

  add(product, quantity = 1) {
    return this.change(() => api('/api/cart/items', { method: 'POST', body: { productId: product.id, quantity } }),
      `Added ${product.name} to your cart.`);
  }

  setQuantity(line, quantity) {
    return this.change(() => api(`/api/cart/items/${encodeURIComponent(line.productId)}`,
      { method: 'PUT', body: { quantity } }),
      quantity === 0 ? `Removed ${line.name}.` : `${line.name}: ${quantity} in your cart.`);
  }

  remove(line) {
    return this.change(() => api(`/api/cart/items/${encodeURIComponent(line.productId)}`, { method: 'DELETE' }),
      `Removed ${line.name} from your cart.`);
  }

  acceptPrices() {
    return this.change(() => api('/api/cart/accept-prices', { method: 'POST' }), 'The new prices are accepted.');
  }

  render(cart) {
    this.cart = cart;
    this.renderNotices(cart);
    const lines = cart.items || [];
    if (lines.length === 0) {
      clear(this.body).append(h('p', { class: 'muted', id: 'cart-empty' }, 'Your cart is empty.'));
      this.onChange(cart);
      return;
    }
    const list = h('ul', { class: 'cart-lines', id: 'cart-lines' }, lines.map((line) => this.renderLine(line)));
    const totals = h('dl', { class: 'totals' },
      h('dt', {}, 'Items'), h('dd', { id: 'cart-count' }, String(cart.itemCount)),
      h('dt', {}, 'Subtotal'), h('dd', { id: 'cart-subtotal', 'data-amount': cart.subtotal }, money(cart.subtotal)));
    const checkout = h('a', { href: '/payment.html', class: 'button primary', id: 'checkout-link' }, 'Go to payment');
    clear(this.body).append(list, totals, h('p', { class: 'muted small' }, 'Tax is added at payment.'), checkout);
    this.onChange(cart);
  }

  renderLine(line) {
    const notes = [];
    if (line.unavailable) notes.push(h('p', { class: 'note warn' }, 'No longer available. Remove it to check out.'));
    if (line.insufficientStock) {
      notes.push(h('p', { class: 'note warn' },
        line.availableStock > 0 ? `Only ${line.availableStock} left in stock.` : 'Out of stock.'));
    }
    if (line.priceChanged) {
      notes.push(h('p', { class: 'note info' }, `Price changed from ${money(line.addedUnitPrice)} to ${money(line.unitPrice)}.`));
    }
    const label = line.name;
    return h('li', { class: 'cart-line', 'data-product-id': line.productId },
      h('div', { class: 'line-head' },
        h('span', { class: 'line-name' }, label),
        h('span', { class: 'line-total', 'data-amount': line.lineTotal }, money(line.lineTotal))),
      h('div', { class: 'line-controls' },
        h('button', { type: 'button', class: 'qty-minus', 'aria-label': `One fewer ${label}`,
          onclick: () => (line.quantity > 1 ? this.setQuantity(line, line.quantity - 1) : this.remove(line)) }, '−'),
        h('span', { class: 'qty', 'aria-label': `Quantity of ${label}` }, String(line.quantity)),
        h('button', { type: 'button', class: 'qty-plus', 'aria-label': `One more ${label}`,
          disabled: line.unavailable, onclick: () => this.setQuantity(line, line.quantity + 1) }, '+'),
        h('span', { class: 'unit muted' }, `× ${money(line.unitPrice)}`),
        h('button', { type: 'button', class: 'link-button remove', 'aria-label': `Remove ${label} from the cart`,
          onclick: () => this.remove(line) }, 'Remove')),
      notes);
  }

  renderNotices(cart) {
    clear(this.notices);
    if (cart.pricesCurrent === false) {
      this.notices.append(h('p', { class: 'note warn', role: 'status' },
        cart.notice || 'Prices could not be checked just now; they are the last known ones.'));
    }
    if ((cart.items || []).some((line) => line.priceChanged)) {
      this.notices.append(h('div', { class: 'note info', role: 'status' },
        h('p', {}, 'Some prices changed since you added these products.'),
        h('button', { type: 'button', id: 'accept-prices', onclick: () => this.acceptPrices() }, 'Accept the new prices')));
    }
  }
}
