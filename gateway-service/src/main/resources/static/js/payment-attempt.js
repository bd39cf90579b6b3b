// The Idempotency-Key of the payment attempt under way. It stays until the API gives a definitive
// answer, and in this tab's sessionStorage so that it survives a reload: pressing Pay again after a
// lost or late answer repeats the same checkout, which the API answers with the same order, instead
// of starting a second one. Only the key is stored: no card data, no token.
import { newIdempotencyKey } from './api.js';

const STORAGE_KEY = 'storesphere.payment-attempt';
let inMemory = null; // where storage is disabled, the key lasts as long as the page

function stored() {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch (unavailable) {
    return inMemory;
  }
}

/** True when an earlier Pay of this tab has had no definitive answer yet. */
export function attemptPending() {
  return Boolean(stored());
}

/** The key of the attempt under way, made on the first Pay of an attempt. */
export function attemptKey() {
  let key = stored();
  if (!key) {
    key = newIdempotencyKey();
    inMemory = key;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, key);
    } catch (unavailable) {
      // kept in memory only
    }
  }
  return key;
}

/** The attempt got its answer (paid, or refused until the shopper changes something): the next Pay is a new one. */
export function endAttempt() {
  inMemory = null;
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch (unavailable) {
    // nothing stored
  }
}

/**
 * Whether the checkout may have happened without the page hearing of it: no answer at all, a
 * timeout, the server or the gateway failing, or the same key still being processed. Every other
 * answer is definitive.
 */
export function outcomeUnknown(error) {
  return error.status === 0 || error.status === 408 || error.status >= 500 || error.type === 'idempotency-key-in-use';
}
