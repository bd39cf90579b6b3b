import { h, $, clear } from './dom.js';
import { money } from './format.js';
import { loginUrl, startPage } from './layout.js';
import { CartView } from './cart-view.js';
import { ProductPages } from './product-pages.js';

const products = new ProductPages({
  container: $('#products'),
  searchForm: $('#search-form'),
  prev: $('#prev-page'),
  next: $('#next-page'),
  label: $('#page-label'),
  size: 12,
  render: (items) => items.map(productCard),
});

let user = null;
let cartView = null;

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

(async () => {
  user = await startPage({ access: 'public' });
  products.load();
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
