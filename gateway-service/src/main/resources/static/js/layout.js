// What every page shares: who is signed in, the header with its navigation and sign-out, the
// message area read out by screen readers, and the loading state.
import { api, ApiError } from './api.js';
import { h, $, clear } from './dom.js';

const CUSTOMER_LINKS = [
  ['/index.html', 'Shop'],
  ['/orders.html', 'My orders'],
];
const ADMIN_LINKS = [
  ['/admin-users.html', 'Dashboard'],
  ['/admin-inventory.html', 'Inventory'],
  ['/admin-alerts.html', 'Alerts'],
  ['/index.html', 'Shop'],
];

export function isAdmin(user) {
  return Boolean(user && Array.isArray(user.roles) && user.roles.includes('ADMIN'));
}

/** Where a person lands after signing in. */
export function homeOf(user) {
  return isAdmin(user) ? '/admin-users.html' : '/index.html';
}

export function loginUrl() {
  const next = window.location.pathname + window.location.search;
  return `/login.html?next=${encodeURIComponent(next)}`;
}

async function currentUser() {
  try {
    return await api('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Draws the header and finds out who is signed in. `access` is 'public' (anyone), 'signed-in' or
 * 'admin'. Someone not signed in is sent to the sign-in page; a customer on an admin page is
 * refused there and then (the API would refuse them too). Resolves with the user, or null when the
 * page must not go on.
 */
export async function startPage({ access = 'signed-in' } = {}) {
  const main = $('#main');
  let user = null;
  try {
    user = await currentUser();
  } catch (error) {
    drawHeader(null);
    showMessage(error.detail || String(error), 'error');
    return null;
  }
  drawHeader(user);
  if (!user && access !== 'public') {
    window.location.assign(loginUrl());
    return null;
  }
  if (access === 'admin' && !isAdmin(user)) {
    clear(main).append(
      h('section', { class: 'refused', id: 'access-refused', role: 'alert' },
        h('h1', { text: 'Administrators only' }),
        h('p', { text: 'This page is for StoreSphere administrators. Your account may not open it.' }),
        h('p', {}, h('a', { href: '/index.html', class: 'button' }, 'Back to the shop'))));
    document.title = 'Access refused · StoreSphere';
    return null;
  }
  return user || { anonymous: true };
}

function drawHeader(user) {
  const header = $('#site-header');
  if (!header) return;
  const links = user ? (isAdmin(user) ? ADMIN_LINKS : CUSTOMER_LINKS) : [['/index.html', 'Shop']];
  const here = window.location.pathname === '/' ? '/index.html' : window.location.pathname;
  const nav = h('nav', { 'aria-label': 'Main' },
    h('ul', {}, links.map(([href, label]) =>
      h('li', {}, h('a', { href, 'aria-current': href === here ? 'page' : null }, label)))));
  const account = user
    ? h('div', { class: 'account' },
      h('span', { class: 'who', id: 'signed-in-as' }, user.fullName || user.email),
      h('button', { type: 'button', id: 'logout', class: 'link-button', onclick: logout }, 'Sign out'))
    : h('div', { class: 'account' }, h('a', { href: loginUrl(), id: 'login-link' }, 'Sign in'));
  clear(header).append(
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('a', { class: 'brand', href: user ? homeOf(user) : '/index.html' }, 'StoreSphere'),
    nav,
    account);
}

async function logout() {
  try {
    await api('/api/session/logout', { method: 'POST' });
  } finally {
    window.location.assign('/login.html');
  }
}

/**
 * A message for the person, in the page's live region (#messages): errors are assertive
 * (role=alert), everything else polite.
 */
export function showMessage(text, kind = 'info') {
  const area = $('#messages');
  if (!area) return;
  const message = h('p', { class: ['message', kind], role: kind === 'error' ? 'alert' : 'status' }, text);
  if (kind !== 'error') {
    message.append(' ', h('button', { type: 'button', class: 'link-button dismiss', 'aria-label': 'Dismiss message',
      onclick: () => message.remove() }, '×'));
  }
  clear(area).append(message);
}

export function clearMessages() {
  const area = $('#messages');
  if (area) clear(area);
}

/** Shows the API's problem detail; a 401 means the session ran out, so off to the sign-in page. */
export function showProblem(error, prefix) {
  if (error instanceof ApiError && error.status === 401) {
    window.location.assign(loginUrl());
    return;
  }
  const detail = (error && error.detail) || String(error);
  showMessage(prefix ? `${prefix} ${detail}` : detail, 'error');
}

/** Marks a region busy and shows a loading line in it. */
export function loading(container, label = 'Loading…') {
  container.setAttribute('aria-busy', 'true');
  clear(container).append(h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label));
  return () => container.removeAttribute('aria-busy');
}
