import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { dateTime, money } from './format.js';
import { clearMessages, loading, showProblem, startPage } from './layout.js';
import { statusBadge } from './status.js';

const container = $('#orders');
const more = $('#more-orders');
let tbody = null;
let cursor = null;
let busy = false;
const shown = new Set();

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

// Pages are appended as they come; an order already shown (a page asked for twice) is not added again.
async function loadPage() {
  if (busy) return;
  busy = true;
  more.disabled = true;
  const params = new URLSearchParams({ limit: '20' });
  if (cursor) params.set('cursor', cursor);
  try {
    const page = await api(`/api/orders?${params}`);
    cursor = page.nextCursor || null;
    const items = (page.items || []).filter((order) => !shown.has(order.id));
    items.forEach((order) => shown.add(order.id));
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
    if (!tbody) {
      // Nothing shown yet: say so where the list goes, with a way to try again.
      clear(container).append(h('p', { id: 'orders-failed' }, 'Your orders could not be loaded. ',
        h('button', { type: 'button', id: 'retry-orders', onclick: loadFirstPage }, 'Try again')));
    }
    // Older orders failed: the button stays for another try.
    showProblem(error);
  } finally {
    busy = false;
    more.disabled = false;
  }
}

function loadFirstPage() {
  clearMessages();
  const done = loading(container, 'Loading your orders…');
  return loadPage().finally(done);
}

more.addEventListener('click', () => {
  if (cursor) loadPage();
});
startPage({ access: 'signed-in' }).then((user) => {
  if (user) loadFirstPage();
});
