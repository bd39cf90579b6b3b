import { api } from './api.js';
import { h, $, clear } from './dom.js';
import { dateTime } from './format.js';
import { showProblem, startPage } from './layout.js';

const container = $('#alerts');
const STATUS = { SENT: 'ok', REJECTED: 'out', SENDING: 'low' };

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
      h('thead', {}, h('tr', {}, ['When', 'Alert', 'Sent to', 'Status'].map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, alerts.map((alert) => h('tr', { class: 'alert-row' },
        h('td', {}, dateTime(alert.at)),
        h('td', { class: 'alert-subject' }, alert.subject),
        h('td', {}, alert.recipient),
        h('td', {}, h('span', { class: ['badge', STATUS[alert.status] || 'ok'] }, alert.status)))))));
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
