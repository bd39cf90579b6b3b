// Money arrives as two-place decimal strings; arithmetic is done in integer cents (BigInt),
// never in floating point.

export function toCents(decimal) {
  const [whole, fraction = ''] = String(decimal ?? '0').trim().split('.');
  const negative = whole.startsWith('-');
  const cents = BigInt(whole.replace('-', '') || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -cents : cents;
}

export function fromCents(cents) {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Tax on a subtotal, rounded half-even to the cent like checkout does. */
export function taxOf(subtotal, rate) {
  const [whole, fraction = ''] = String(rate).split('.');
  const scale = 10n ** BigInt(fraction.length);
  const rateUnits = BigInt(whole || '0') * scale + BigInt(fraction || '0');
  const product = toCents(subtotal) * rateUnits;
  let quotient = product / scale;
  const remainder = product % scale;
  const twice = remainder * 2n;
  if (twice > scale || (twice === scale && quotient % 2n === 1n)) quotient += 1n;
  return fromCents(quotient);
}

export function addMoney(a, b) {
  return fromCents(toCents(a) + toCents(b));
}

export function money(decimal, currency = 'USD') {
  const text = String(decimal ?? '0.00');
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(Number(text));
  } catch (unknownCurrency) {
    return `${text} ${currency}`;
  }
}

export function percent(rate) {
  return `${(Number(rate) * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
}

export function dateTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}

export function dateOnly(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleDateString();
}
