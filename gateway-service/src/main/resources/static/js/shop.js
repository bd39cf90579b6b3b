import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { money } from './format.js';
import { loading, loginUrl, showProblem, startPage } from './layout.js';
import { CartView } from './cart-view.js';

const PAGE_SIZE = 12;
const grid = $('#products');
const searchForm = $('#search-form');
const prev = $('#prev-page');
const next = $('#next-page');
const pageLabel = $('#page-label');

let user = null;
let cartView = null;
let query = '';
const cursors = [null]; // cursors[i] opens page i
let page = 0;
let nextCursor = null;

function stockBadge(product) {
  switch (product.stockStatus) {
    case 'OUT_OF_STOCK':
      return h('span', { class: 'badge out' }, 'Out of stock');
    case 'LOW_STOCK':
      return h('span', { class: 'badge low' }, `Only ${product.stock} left`);
    default:
      return h('span', { class: 'badge ok' }, 'In stock');
  }
}

function productCard(product) {
  const image = product.imageUrl
    ? h('img', { src: product.imageUrl, alt: product.name, loading: 'lazy', width: 320, height: 240 })
    : h('div', { class: 'no-image', 'aria-hidden': 'true' }, 'No picture');
  const add = h('button', { type: 'button', class: 'primary add-to-cart', disabled: product.stockStatus === 'OUT_OF_STOCK',
    'aria-label': `Add ${product.name} to cart` }, product.stockStatus === 'OUT_OF_STOCK' ? 'Sold out' : 'Add to cart');
  add.addEventListener('click', () => {
    if (!cartView) {
      window.location.assign(loginUrl());
      return;
    }
    cartView.add(product);
  });
  return h('article', { class: 'product card', 'data-product-id': product.id, 'data-name': product.name },
    h('div', { class: 'product-image' }, image),
    h('h3', { class: 'product-name' }, product.name),
    product.description ? h('p', { class: 'product-description muted' }, product.description) : null,
    h('div', { class: 'product-meta' }, h('span', { class: 'price' }, money(product.price)), stockBadge(product)),
    add);
}

async function loadProducts() {
  const done = loading(grid, 'Loading products…');
  prev.disabled = true;
  next.disabled = true;
  const params = new URLSearchParams({ size: String(PAGE_SIZE) });
  if (query) params.set('q', query);
  if (cursors[page]) params.set('cursor', cursors[page]);
  try {
    const result = await api(`/api/products?${params}`);
    nextCursor = result.nextCursor || null;
    const items = result.items || [];
    clear(grid).append(...(items.length ? items.map(productCard)
      : [h('p', { class: 'muted', id: 'no-products' }, query ? `No products match “${query}”.` : 'No products yet.')]));
    pageLabel.textContent = `Page ${page + 1}`;
    prev.disabled = page === 0;
    next.disabled = !nextCursor;
  } catch (error) {
    clear(grid).append(h('p', { class: 'muted' }, 'The products could not be loaded.'));
    showProblem(error);
  } finally {
    done();
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  query = searchForm.elements.q.value.trim();
  cursors.length = 1;
  page = 0;
  loadProducts();
});

next.addEventListener('click', () => {
  if (!nextCursor) return;
  cursors[page + 1] = nextCursor;
  page += 1;
  loadProducts();
});

prev.addEventListener('click', () => {
  if (page === 0) return;
  page -= 1;
  loadProducts();
});

(async () => {
  user = await startPage({ access: 'public' });
  loadProducts();
  const body = $('#cart-body');
  if (user && !user.anonymous) {
    cartView = new CartView(body, $('#cart-notices'), {
      onChange: (cart) => { $('#jump-count').textContent = String(cart.itemCount); },
    });
    cartView.load();
  } else {
    clear(body).append(h('p', {}, h('a', { href: loginUrl() }, 'Sign in'), ' to fill a cart and check out.'));
  }
})();
