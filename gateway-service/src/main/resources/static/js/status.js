import { h } from './dom.js';

const LABELS = { PLACED: 'Placed', CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled' };

/** The order's status as a badge; a cancelled order says it was refunded. */
export function statusBadge(status, refunded) {
  const label = LABELS[status] || status;
  return h('span', { class: ['badge', 'status', String(status).toLowerCase()], 'data-status': status },
    status === 'CANCELLED' && refunded !== false ? `${label} · refunded` : label);
}
