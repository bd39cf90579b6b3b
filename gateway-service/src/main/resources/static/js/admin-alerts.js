import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { dateTime } from './format.js';
import { showProblem, startPage } from './layout.js';

const container = $('#alerts');
const STATUS = { SENT: 'ok', REJECTED: 'out', SENDING: 'low' };
const KINDS = { BELOW_THRESHOLD: ['low', 'Below threshold'], OUT_OF_STOCK: ['out', 'Out of stock'] };

// Alerts logged before they carried the product, its stock and their kind show a dash there.
function kindBadge(alert) {
  const kind = KINDS[alert.alertKind];
  if (!kind) return alert.alertKind ? String(alert.alertKind) : '—';
  return h('span', { class: ['badge', kind[0]], 'data-kind': alert.alertKind }, kind[1]);
}

function stockLevel(alert) {
  if (alert.stock === undefined || alert.stock === null) return '—';
  const threshold = alert.threshold === undefined || alert.threshold === null ? '' : ` (threshold ${alert.threshold})`;
  return `${alert.stock} left${threshold}`;
}

function restockLink(alert) {
  if (!alert.productId) return '—';
  const name = alert.productName || 'this product';
  return h('a', { href: `/admin-inventory.html#product-${encodeURIComponent(alert.productId)}`, class: 'restock-link',
    'aria-label': `Restock ${name} in the inventory` }, 'Restock');
}

function alertRow(alert) {
  return h('tr', { class: 'alert-row', 'data-product-id': alert.productId || null },
    h('td', {}, dateTime(alert.at)),
    h('td', { class: 'alert-subject' }, alert.subject),
    h('td', { class: 'alert-kind' }, kindBadge(alert)),
    h('td', { class: 'alert-stock num' }, stockLevel(alert)),
    h('td', {}, restockLink(alert)),
    h('td', {}, alert.recipient),
    h('td', {}, h('span', { class: ['badge', STATUS[alert.status] || 'ok'] }, alert.status)));
}

async function loadAlerts() {
  container.setAttribute('aria-busy', 'true');
  if (!container.firstChild) container.append(h('p', { class: 'loading', role: 'status' }, 'Loading alerts…'));
  try {
    const alerts = await api('/api/admin/alerts?limit=50');
    if (!alerts.length) {
      clear(container).append(h('p', { class: 'muted', id: 'no-alerts' }, 'No low-stock alerts so far.'));
      return;
    }
    clear(container).append(h('table', { class: 'lines', id: 'alerts-table' },
      h('caption', { class: 'visually-hidden' }, 'Recent low-stock alerts'),
      h('thead', {}, h('tr', {}, ['When', 'Alert', 'Kind', 'Stock', 'Product', 'Sent to', 'Status'].map((label) =>
        h('th', { scope: 'col' }, label)))),
      h('tbody', {}, alerts.map(alertRow))));
  } catch (error) {
    showProblem(error);
  } finally {
    container.removeAttribute('aria-busy');
  }
}

startPage({ access: 'admin' }).then((user) => {
  if (!user) return;
  loadAlerts();
  $('#refresh-alerts').addEventListener('click', loadAlerts);
  setInterval(loadAlerts, 15000);
});
