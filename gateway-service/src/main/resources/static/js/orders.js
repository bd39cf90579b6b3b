import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { dateTime, money } from './format.js';
import { loading, showProblem, startPage } from './layout.js';
import { statusBadge } from './status.js';

const container = $('#orders');
const more = $('#more-orders');
let tbody = null;
let cursor = null;

function row(order) {
  const refundCell = h('td', { class: 'num refund' }, order.status === 'CANCELLED' ? '…' : '—');
  const tr = h('tr', { 'data-order-id': order.id },
    h('th', { scope: 'row' }, h('a', { href: `/invoice.html?id=${encodeURIComponent(order.id)}` }, order.orderNumber)),
    h('td', {}, dateTime(order.placedAt)),
    h('td', { class: 'num' }, String(order.itemCount)),
    h('td', { class: 'num' }, money(order.grandTotal, order.currency)),
    h('td', {}, statusBadge(order.status)),
    refundCell);
  if (order.status === 'CANCELLED') {
    // The list has no refund figures; the order itself does.
    api(`/api/orders/${encodeURIComponent(order.id)}`).then((full) => {
      const refund = full.cancellation && full.cancellation.refund;
      refundCell.textContent = refund ? money(refund.amount, order.currency) : '—';
    }).catch(() => { refundCell.textContent = '?'; });
  }
  return tr;
}

async function loadPage() {
  const params = new URLSearchParams({ limit: '20' });
  if (cursor) params.set('cursor', cursor);
  more.disabled = true;
  try {
    const page = await api(`/api/orders?${params}`);
    cursor = page.nextCursor || null;
    const items = page.items || [];
    if (!tbody) {
      if (items.length === 0) {
        clear(container).append(h('p', { id: 'no-orders' }, 'You have not ordered anything yet. ', h('a', { href: '/index.html' }, 'Start shopping')));
        return;
      }
      tbody = h('tbody', {});
      clear(container).append(h('table', { class: 'lines', id: 'orders-table' },
        h('caption', { class: 'visually-hidden' }, 'Your orders, newest first'),
        h('thead', {}, h('tr', {}, ['Order', 'Date', 'Items', 'Total', 'Status', 'Refunded'].map((label, i) =>
          h('th', { scope: 'col', class: i === 2 || i === 3 || i === 5 ? 'num' : null }, label)))),
        tbody));
    }
    tbody.append(...items.map(row));
    more.hidden = !cursor;
  } catch (error) {
    showProblem(error);
  } finally {
    more.disabled = false;
  }
}

more.addEventListener('click', loadPage);
startPage({ access: 'signed-in' }).then((user) => {
  if (!user) return;
  const done = loading(container, 'Loading your orders…');
  loadPage().finally(done);
});
