import { api } from './api.js';
import { h, svg, $, clear } from './dom.js';
import { dateOnly, dateTime, money } from './format.js';
import { loading, showProblem, startPage } from './layout.js';

const COLUMNS = [
  { key: 'name', label: 'Customer' },
  { key: null, label: 'E-mail' },
  { key: 'items', label: 'Items bought', num: true },
  { key: 'spent', label: 'Money spent', num: true },
  { key: 'orders', label: 'Orders', num: true },
  { key: null, label: 'Last order' },
  { key: 'registered', label: 'Registered' },
];
const users = $('#users');
const state = { page: 0, size: 20, sort: 'spent', direction: 'desc', q: '' };

// --- sales summary ------------------------------------------------------------------------------

function summaryCard(title, totals, id) {
  return h('div', { class: 'summary-card card', id },
    h('h3', {}, title),
    h('p', { class: 'big' }, money(totals.revenue)),
    h('p', { class: 'muted' }, `${totals.orders} orders · ${totals.units} items`));
}

/** Bars of daily revenue, drawn with DOM APIs; each bar has a <title> for a tooltip and screen readers. */
function revenueChart(daily) {
  const width = 640;
  const height = 220;
  const pad = { top: 12, right: 8, bottom: 28, left: 56 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const values = daily.map((d) => Number(d.revenue));
  const max = Math.max(1, ...values);
  const step = innerW / Math.max(1, daily.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bar-chart',
    'aria-label': `Revenue per day; highest ${money(String(max))}` });
  for (const fraction of [0, 0.5, 1]) {
    const y = pad.top + innerH - innerH * fraction;
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: pad.left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, money(String((max * fraction).toFixed(2)))));
  }
  daily.forEach((day, i) => {
    const value = values[i];
    const barH = (value / max) * innerH;
    const x = pad.left + i * step + step * 0.15;
    const bar = svg('rect', { x, y: pad.top + innerH - barH, width: step * 0.7, height: Math.max(barH, value > 0 ? 1 : 0), class: 'bar' },
      svg('title', {}, `${dateOnly(day.date)}: ${money(day.revenue)}, ${day.orders} orders, ${day.units} items`));
    chart.append(bar);
    const last = i === daily.length - 1;
    if (i % 7 === 0 || (last && i % 7 >= 3)) {
      chart.append(svg('text', { x: x + step * 0.35, y: height - 8, 'text-anchor': 'middle', class: 'axis' },
        String(day.date).slice(5)));
    }
  });
  return chart;
}

function topProducts(products) {
  const list = $('#top-products');
  clear(list);
  if (!products.length) {
    list.append(h('li', { class: 'muted' }, 'No sales yet.'));
    return;
  }
  const max = Math.max(...products.map((p) => Number(p.revenue)), 1);
  for (const product of products) {
    const img = h('img', { src: `/api/products/${encodeURIComponent(product.productId)}/image`, alt: '', class: 'thumb', width: 40, height: 40 });
    img.addEventListener('error', () => img.replaceWith(h('span', { class: 'thumb no-image', 'aria-hidden': 'true' })));
    const bar = svg('svg', { viewBox: '0 0 100 8', class: 'mini-bar', 'aria-hidden': 'true', preserveAspectRatio: 'none' },
      svg('rect', { x: 0, y: 0, width: (Number(product.revenue) / max) * 100, height: 8, class: 'bar' }));
    list.append(h('li', {}, img,
      h('div', {}, h('span', { class: 'top-name' }, product.productName),
        h('span', { class: 'muted small' }, ` ${product.units} sold · ${money(product.revenue)}`), bar)));
  }
}

async function loadSummary() {
  const cards = $('#summary-cards');
  const done = loading(cards, 'Loading sales…');
  try {
    const summary = await api('/api/admin/analytics/summary');
    clear(cards).append(summaryCard('Today', summary.today, 'card-today'),
      summaryCard('Last 7 days', summary.last7Days, 'card-7'),
      summaryCard('Last 30 days', summary.last30Days, 'card-30'));
    clear($('#revenue-svg')).append(revenueChart(summary.daily || []));
    topProducts(summary.topProducts || []);
  } catch (error) {
    clear(cards);
    showProblem(error);
  } finally {
    done();
  }
}

// --- customers ----------------------------------------------------------------------------------

function header(column) {
  if (!column.key) return h('th', { scope: 'col', class: column.num ? 'num' : null }, column.label);
  const active = state.sort === column.key;
  const ariaSort = active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const button = h('button', { type: 'button', class: 'sort', 'data-sort': column.key },
    column.label, h('span', { 'aria-hidden': 'true' }, active ? (state.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'));
  button.addEventListener('click', () => {
    if (state.sort === column.key) state.direction = state.direction === 'asc' ? 'desc' : 'asc';
    else {
      state.sort = column.key;
      state.direction = column.key === 'name' ? 'asc' : 'desc';
    }
    state.page = 0;
    loadUsers(column.key);
  });
  return h('th', { scope: 'col', 'aria-sort': ariaSort, class: column.num ? 'num' : null }, button);
}

function userRow(user) {
  return h('tr', { 'data-user-id': user.userId, 'data-email': user.email },
    h('th', { scope: 'row' }, user.fullName || '—'),
    h('td', {}, user.email),
    h('td', { class: 'num items-bought' }, String(user.itemsBought)),
    h('td', { class: 'num money-spent', 'data-amount': user.moneySpent }, money(user.moneySpent)),
    h('td', { class: 'num' }, String(user.orderCount)),
    h('td', {}, dateTime(user.lastOrderAt)),
    h('td', {}, dateOnly(user.registeredAt)));
}

async function loadUsers(focusSort) {
  const params = new URLSearchParams({ page: String(state.page), size: String(state.size), sort: `${state.sort},${state.direction}` });
  if (state.q) params.set('q', state.q);
  const done = loading(users, 'Loading customers…');
  try {
    const result = await api(`/api/admin/users?${params}`);
    const items = result.items || [];
    clear(users).append(items.length
      ? h('table', { class: 'lines', id: 'users-table' },
        h('caption', { class: 'visually-hidden' }, 'Customers; the column buttons sort the table'),
        h('thead', {}, h('tr', {}, COLUMNS.map(header))),
        h('tbody', {}, items.map(userRow)))
      : h('p', { class: 'muted', id: 'no-users' }, state.q ? `No customer matches “${state.q}”.` : 'No customers yet.'));
    $('#users-page').textContent = `Page ${state.page + 1} of ${Math.max(1, result.totalPages)} (${result.totalItems} customers)`;
    $('#users-prev').disabled = state.page === 0;
    $('#users-next').disabled = state.page + 1 >= result.totalPages;
    if (focusSort) users.querySelector(`button[data-sort="${focusSort}"]`)?.focus();
  } catch (error) {
    clear(users);
    showProblem(error);
  } finally {
    done();
  }
}

let typing = null;
$('#users-search').addEventListener('submit', (event) => {
  event.preventDefault();
  state.q = $('#users-q').value.trim();
  state.page = 0;
  loadUsers();
});
$('#users-q').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state.q = $('#users-q').value.trim();
    state.page = 0;
    loadUsers();
  }, 350);
});
$('#users-prev').addEventListener('click', () => {
  state.page = Math.max(0, state.page - 1);
  loadUsers();
});
$('#users-next').addEventListener('click', () => {
  state.page += 1;
  loadUsers();
});

startPage({ access: 'admin' }).then((user) => {
  if (!user) return;
  loadSummary();
  loadUsers();
});
