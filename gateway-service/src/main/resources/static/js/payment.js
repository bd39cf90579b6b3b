import { api, ApiError } from './api.js';
import { h, $, clear } from './dom.js';
import { addMoney, money, percent, taxOf } from './format.js';
import { clearFieldErrors, setFieldError, showFieldErrors, validate, validateOnBlur } from './forms.js';
import { clearMessages, loading, showMessage, showProblem, startPage } from './layout.js';
import { attemptKey, attemptPending, endAttempt, outcomeUnknown } from './payment-attempt.js';

const form = $('#card-form');
const payButton = $('#pay');
const summary = $('#summary');
const decline = $('#decline');
let cart = null;
let info = null;

function digits(value) {
  return value.replace(/[\s-]/g, '');
}

function luhn(number) {
  let sum = 0;
  let double = false;
  for (let i = number.length - 1; i >= 0; i -= 1) {
    let d = Number(number[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function isAmex(number) {
  return /^3[47]/.test(number);
}

const checks = {
  cardholderName: (v) => (v ? '' : 'Enter the name printed on the card.'),
  cardNumber: (v) => {
    const number = digits(v);
    if (!number) return 'Enter the card number.';
    if (!/^\d+$/.test(number)) return 'A card number has only digits.';
    if (number.length < 12 || number.length > 19) return 'A card number has 12 to 19 digits.';
    if (!luhn(number)) return 'This card number is not valid; check the digits.';
    return '';
  },
  expiryMonth: () => {
    const month = Number(form.elements.expiryMonth.value);
    const year = Number(form.elements.expiryYear.value);
    const now = new Date();
    if (!month || !year) return 'Choose the expiry month and year.';
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
      return 'This card has expired.';
    }
    return '';
  },
  cvc: (v) => {
    const want = isAmex(digits(form.elements.cardNumber.value)) ? 4 : 3;
    return new RegExp(`^\\d{${want}}$`).test(v) ? '' : `Enter the ${want}-digit security code.`;
  },
};

function fillExpirySelects() {
  const month = form.elements.expiryMonth;
  const year = form.elements.expiryYear;
  month.append(h('option', { value: '' }, 'Month'));
  for (let m = 1; m <= 12; m += 1) month.append(h('option', { value: String(m) }, String(m).padStart(2, '0')));
  year.append(h('option', { value: '' }, 'Year'));
  const now = new Date().getFullYear();
  for (let y = now; y <= now + 15; y += 1) year.append(h('option', { value: String(y) }, String(y)));
}

function renderSummary() {
  const lines = (cart.items || []).filter((line) => !line.unavailable);
  if (lines.length === 0) {
    clear(summary).append(h('p', { id: 'payment-empty' }, 'Your cart is empty. ', h('a', { href: '/index.html' }, 'Back to the shop')));
    if (attemptPending()) {
      // Paying empties the cart: the attempt that got no answer has most likely gone through.
      endAttempt();
      clear($('#messages')).append(h('p', { class: 'message info', role: 'status' },
        'Your last payment has most likely gone through. ', h('a', { href: '/orders.html' }, 'Check My orders'), '.'));
    }
    payButton.disabled = true;
    return;
  }
  const currency = info.currency;
  const tax = taxOf(cart.subtotal, info.taxRate);
  const total = addMoney(cart.subtotal, tax);
  const table = h('table', { class: 'lines' },
    h('caption', { class: 'visually-hidden' }, 'Products in your order'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Product'), h('th', { scope: 'col', class: 'num' }, 'Qty'),
      h('th', { scope: 'col', class: 'num' }, 'Price'), h('th', { scope: 'col', class: 'num' }, 'Total'))),
    h('tbody', {}, lines.map((line) => h('tr', {},
      h('td', {}, line.name), h('td', { class: 'num' }, String(line.quantity)),
      h('td', { class: 'num' }, money(line.unitPrice, currency)), h('td', { class: 'num' }, money(line.lineTotal, currency))))));
  const totals = h('dl', { class: 'totals' },
    h('dt', {}, 'Subtotal'), h('dd', { id: 'pay-subtotal' }, money(cart.subtotal, currency)),
    h('dt', {}, `Tax (${percent(info.taxRate)})`), h('dd', { id: 'pay-tax' }, money(tax, currency)),
    h('dt', { class: 'grand' }, 'Total'), h('dd', { class: 'grand', id: 'pay-total', 'data-amount': total }, money(total, currency)));
  const warnings = [];
  if ((cart.items || []).some((line) => line.priceChanged)) {
    warnings.push(h('div', { class: 'note info' }, h('p', {}, 'Some prices changed since you added these products.'),
      h('button', { type: 'button', id: 'accept-prices', onclick: acceptPrices }, 'Accept the new prices')));
  }
  if ((cart.items || []).some((line) => line.insufficientStock || line.unavailable)) {
    warnings.push(h('p', { class: 'note warn' }, 'Some products are short of stock or gone. ',
      h('a', { href: '/index.html' }, 'Change your cart'), ' first.'));
  }
  clear(summary).append(table, totals, ...warnings, h('p', {}, h('a', { href: '/index.html' }, 'Change the cart')));
  payButton.textContent = `Pay ${money(total, currency)}`;
  payButton.disabled = false;
}

async function acceptPrices() {
  try {
    cart = await api('/api/cart/accept-prices', { method: 'POST' });
    renderSummary();
    showMessage('The new prices are accepted. Check the total and pay again.', 'success');
  } catch (error) {
    showProblem(error);
  }
}

async function load() {
  const done = loading(summary, 'Loading your cart…');
  try {
    [cart, info] = await Promise.all([api('/api/cart'), api('/api/checkout')]);
    renderSummary();
    renderTestCards();
  } catch (error) {
    clear(summary).append(h('p', { class: 'muted' }, 'Your cart could not be loaded.'));
    showProblem(error);
  } finally {
    done();
  }
}

function renderTestCards() {
  clear($('#test-cards')).append(...(info.testCards || []).map((card) => h('li', {},
    h('button', { type: 'button', class: 'link-button use-card', 'data-number': card.number,
      onclick: () => useCard(card) }, card.number),
    ` ${card.brand}: ${card.description}`)));
}

function useCard(card) {
  form.elements.cardNumber.value = card.number;
  form.elements.cvc.value = card.brand === 'AMEX' ? '1234' : '123';
  if (!form.elements.expiryMonth.value) form.elements.expiryMonth.value = '12';
  if (!form.elements.expiryYear.value) form.elements.expiryYear.value = String(new Date().getFullYear() + 3);
  clearFieldErrors(form);
  form.elements.cardNumber.focus();
}

function showDecline(error) {
  decline.hidden = false;
  clear(decline).append(h('h3', {}, 'Payment declined'), h('p', {}, error.detail),
    h('p', {}, 'Nothing was charged. Try another card.'));
  decline.focus();
}

// The card was changed after a payment whose answer never came; that payment may have succeeded.
function showUnsettledAttempt() {
  clear($('#messages')).append(h('div', { class: 'message error', role: 'alert', id: 'unsettled-payment' },
    h('p', {}, 'Your previous payment, with other card details, may have gone through. ',
      h('a', { href: '/orders.html' }, 'Check My orders'), ' before you pay again.')));
}

function describeRefusal(error) {
  const p = error.problem;
  if (error.type === 'insufficient-stock' && Array.isArray(p.shortages)) {
    return [h('p', {}, error.detail), h('ul', {}, p.shortages.map((s) =>
      h('li', {}, `${s.productName || s.productId}: ${s.available} available, ${s.requested} wanted`))),
    h('p', {}, h('a', { href: '/index.html' }, 'Change your cart'))];
  }
  if (error.type === 'prices-changed' && Array.isArray(p.changes)) {
    return [h('p', {}, error.detail), h('ul', {}, p.changes.map((c) =>
      h('li', {}, `${c.productName || c.productId}: ${money(c.acceptedPrice)} → ${money(c.currentPrice)}`))),
    h('button', { type: 'button', onclick: acceptPrices }, 'Accept the new prices')];
  }
  if (error.type === 'products-unavailable' && Array.isArray(p.products)) {
    return [h('p', {}, error.detail), h('ul', {}, p.products.map((x) => h('li', {}, x.productName || x.productId))),
      h('p', {}, h('a', { href: '/index.html' }, 'Change your cart'))];
  }
  return null;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (payButton.disabled) return;
  clearMessages();
  decline.hidden = true;
  if (!validate(form, checks)) return;
  // One key per attempt, kept until a definitive answer: a double click, a retry after a lost
  // answer or a reload cannot charge twice.
  const key = attemptKey();
  const label = payButton.textContent;
  payButton.disabled = true;
  payButton.textContent = 'Paying…';
  payButton.setAttribute('aria-busy', 'true');
  const payment = {
    cardNumber: digits(form.elements.cardNumber.value),
    expiryMonth: Number(form.elements.expiryMonth.value),
    expiryYear: Number(form.elements.expiryYear.value),
    cvc: form.elements.cvc.value.trim(),
    cardholderName: form.elements.cardholderName.value.trim(),
  };
  try {
    const order = await api('/api/checkout', { method: 'POST', body: { payment }, headers: { 'Idempotency-Key': key } });
    endAttempt();
    showMessage('Payment accepted. Opening your invoice…', 'success');
    window.location.assign(`/invoice.html?id=${encodeURIComponent(order.id)}`);
    return;
  } catch (error) {
    payButton.disabled = false;
    payButton.textContent = label;
    payButton.removeAttribute('aria-busy');
    if (!(error instanceof ApiError)) throw error;
    if (outcomeUnknown(error)) {
      showMessage(`${error.detail} Your payment may have gone through: press Pay again with the same card.`
        + ' It completes this payment and never charges twice.', 'error');
      return;
    }
    endAttempt();
    if (error.type === 'idempotency-key-reused') {
      showUnsettledAttempt();
    } else if (error.status === 402) {
      showDecline(error);
    } else if (error.type === 'invalid-card') {
      const unmatched = showFieldErrors(form, error.fieldErrors);
      showMessage(unmatched.length ? `${error.detail} ${unmatched.map((e) => e.message).join(' ')}` : error.detail, 'error');
    } else {
      const details = describeRefusal(error);
      if (details) {
        const area = $('#messages');
        clear(area).append(h('div', { class: 'message error', role: 'alert' }, details));
      } else {
        showProblem(error);
      }
    }
  }
});

decline.setAttribute('tabindex', '-1');
fillExpirySelects();
validateOnBlur(form, checks);
form.elements.expiryYear.addEventListener('change', () => setFieldError(form.elements.expiryMonth, checks.expiryMonth()));
startPage({ access: 'signed-in' }).then((user) => {
  if (!user) return;
  if (attemptPending()) {
    showMessage('Your last payment got no answer. Pay again with the same card: it completes that payment and never'
      + ' charges twice.', 'info');
  }
  load();
});
