// fetch() for the gateway's API. The session lives in an HttpOnly cookie the page never sees;
// the browser sends it and the Origin header (the gateway checks it on unsafe requests) itself.

/** An answer that was not 2xx, carrying the RFC 9457 problem the API sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    const detail = (problem && (problem.detail || problem.title)) || describe(status);
    super(detail);
    this.status = status;
    this.problem = problem || {};
    this.detail = detail;
    this.type = typeFrom(this.problem.type);
    this.fieldErrors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

function typeFrom(uri) {
  if (!uri) return '';
  const parts = String(uri).split('/');
  return parts[parts.length - 1];
}

function describe(status) {
  if (status === 0) return 'The server cannot be reached. Check your connection and try again.';
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return 'Your account may not do this.';
  if (status === 404) return 'That was not found.';
  if (status >= 500) return 'Something went wrong on our side. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}

/**
 * api('/api/cart/items', {method: 'POST', body: {productId, quantity}}); `form` sends a FormData
 * (multipart) instead of JSON. Resolves with the parsed JSON body (or null), rejects with ApiError.
 */
export async function api(path, options = {}) {
  const { method = 'GET', body, form, headers = {} } = options;
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', ...headers },
  };
  if (form) {
    init.body = form;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (unreachable) {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      data = null;
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/** A fresh idempotency key: crypto.randomUUID() where the page is a secure context, else random bytes. */
export function newIdempotencyKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    return window.crypto.randomUUID();
  }
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
