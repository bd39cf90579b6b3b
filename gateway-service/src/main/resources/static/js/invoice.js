import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { dateTime, money, percent } from './format.js';
import { loading, showProblem, startPage } from './layout.js';
import { statusBadge } from './status.js';

const invoice = $('#invoice');
const id = new URLSearchParams(window.location.search).get('id');

function render(order) {
  const c = order.currency;
  document.title = `Invoice ${order.orderNumber} · StoreSphere`;
  const parts = [
    h('header', { class: 'invoice-head' },
      h('div', {}, h('h1', {}, 'Invoice'), h('p', { class: 'muted' }, 'StoreSphere')),
      h('dl', { class: 'invoice-meta' },
        h('dt', {}, 'Order number'), h('dd', { id: 'order-number' }, order.orderNumber),
        h('dt', {}, 'Date'), h('dd', { id: 'order-date' }, dateTime(order.placedAt)),
        h('dt', {}, 'Status'), h('dd', { id: 'order-status' }, statusBadge(order.status, Boolean(order.cancellation))))),
    h('table', { class: 'lines', id: 'invoice-lines' },
      h('caption', { class: 'visually-hidden' }, 'Items'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Product'), h('th', { scope: 'col', class: 'num' }, 'Unit price'),
        h('th', { scope: 'col', class: 'num' }, 'Quantity'), h('th', { scope: 'col', class: 'num' }, 'Line total'))),
      h('tbody', {}, order.lines.map((line) => h('tr', { 'data-product-id': line.productId },
        h('td', {}, line.productName), h('td', { class: 'num' }, money(line.unitPrice, c)),
        h('td', { class: 'num' }, String(line.quantity)), h('td', { class: 'num' }, money(line.lineTotal, c)))))),
    h('dl', { class: 'totals invoice-totals' },
      h('dt', {}, `Items`), h('dd', { id: 'invoice-items' }, String(order.itemCount)),
      h('dt', {}, 'Subtotal'), h('dd', { id: 'invoice-subtotal', 'data-amount': order.subtotal }, money(order.subtotal, c)),
      h('dt', {}, `Tax (${percent(order.taxRate)})`), h('dd', { id: 'invoice-tax', 'data-amount': order.taxAmount }, money(order.taxAmount, c)),
      h('dt', { class: 'grand' }, 'Grand total'),
      h('dd', { class: 'grand', id: 'invoice-total', 'data-amount': order.grandTotal }, money(order.grandTotal, c))),
    h('p', { class: 'muted' }, `Paid with ${order.payment.cardBrand} ending in ${order.payment.last4} (reference ${order.payment.reference}).`),
  ];
  if (order.cancellation) {
    const refund = order.cancellation.refund;
    parts.push(h('section', { class: 'note warn', id: 'cancellation' },
      h('h2', {}, 'This order was cancelled'),
      h('p', {}, order.cancellation.reason),
      refund ? h('p', {}, `Refunded ${money(refund.amount, c)} on ${dateTime(refund.refundedAt)} (reference ${refund.reference}).`) : null));
  } else if (order.status === 'PLACED') {
    parts.push(h('p', { class: 'muted no-print' }, 'We are reserving your products; the status changes to Confirmed in a moment.'));
  }
  clear(invoice).append(...parts);
}

async function load(attempt = 0) {
  try {
    const order = await api(`/api/orders/${encodeURIComponent(id)}`);
    render(order);
    // The stock saga finishes within seconds; look again a few times while it runs.
    if (order.status === 'PLACED' && attempt < 10) setTimeout(() => load(attempt + 1), 2000);
  } catch (error) {
    if (attempt === 0) clear(invoice).append(h('p', {}, 'This invoice could not be loaded.'));
    showProblem(error);
  }
}

$('#print').addEventListener('click', () => window.print());
startPage({ access: 'signed-in' }).then((user) => {
  if (!user) return;
  if (!id) {
    clear(invoice).append(h('p', {}, 'No order was given. ', h('a', { href: '/orders.html' }, 'See your orders')));
    return;
  }
  const done = loading(invoice, 'Loading the invoice…');
  load().finally(done);
});
