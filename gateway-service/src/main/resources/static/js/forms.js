// Field-level validation messages, whether found in the browser or sent by the API
// (problem+json `errors: [{field, message}]`), shown at the field and tied to it with
// aria-describedby and aria-invalid.
import { h } from './dom.js';

function errorElement(input) {
  const id = `${input.id}-error`;
  let el = document.getElementById(id);
  if (!el) {
    el = h('p', { id, class: 'field-error', 'aria-live': 'polite' });
    const field = input.closest('.field');
    if (field) field.append(el);
    else input.after(el);
  }
  const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!describedBy.includes(id)) {
    input.setAttribute('aria-describedby', [...describedBy, id].join(' '));
  }
  return el;
}

export function setFieldError(input, message) {
  const el = errorElement(input);
  el.textContent = message || '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll('input, select, textarea')) {
    if (input.id) setFieldError(input, '');
  }
}

/**
 * Puts each API field error at its field (matched by name, also for nested names such as
 * `payment.cardNumber`); returns the errors that matched no field.
 */
export function showFieldErrors(form, errors) {
  const unmatched = [];
  let first = null;
  for (const error of errors || []) {
    const field = String(error.field || '');
    const name = field.split('.').pop();
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (input) {
      setFieldError(input, error.message);
      first = first || input;
    } else {
      unmatched.push(error);
    }
  }
  if (first) first.focus();
  return unmatched;
}

/** Runs the checks ({name: value => message or ''}); shows each at its field; true when all pass. */
export function validate(form, checks) {
  let first = null;
  for (const [name, check] of Object.entries(checks)) {
    const input = form.elements.namedItem(name);
    if (!input) continue;
    const message = check(input.value.trim(), input) || '';
    setFieldError(input, message);
    if (message && !first) first = input;
  }
  if (first) first.focus();
  return first === null;
}

/** Validates one field when the person leaves it (and again as they fix it). */
export function validateOnBlur(form, checks) {
  for (const [name, check] of Object.entries(checks)) {
    const input = form.elements.namedItem(name);
    if (!input) continue;
    input.addEventListener('blur', () => setFieldError(input, check(input.value.trim(), input) || ''));
    input.addEventListener('input', () => {
      if (input.getAttribute('aria-invalid') === 'true') setFieldError(input, check(input.value.trim(), input) || '');
    });
  }
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
