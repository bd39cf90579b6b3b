import { api } from './api.js';
import { h, $, $all, clear } from './dom.js';
import { money } from './format.js';
import { clearFieldErrors, setFieldError, showFieldErrors, validate, validateOnBlur } from './forms.js';
import { clearMessages, showMessage, showProblem, startPage } from './layout.js';
import { ProductPages } from './product-pages.js';

const MAX_IMAGE = 1024 * 1024;
const PRICE = /^\d{1,9}(\.\d{1,2})?$/;
const addForm = $('#add-form');
const preview = $('#image-preview');
const table = $('#inventory');
const dialog = $('#confirm-delete');

const wholeNumber = (label, min, max) => (v) => {
  if (v === '') return `Enter the ${label}.`;
  if (!/^\d+$/.test(v)) return `The ${label} is a whole number.`;
  const n = Number(v);
  if (n < min || n > max) return `The ${label} must be between ${min} and ${max.toLocaleString()}.`;
  return '';
};

const addChecks = {
  name: (v) => (!v ? 'Enter a name.' : v.length > 120 ? 'Use at most 120 characters.' : ''),
  price: (v) => (!v ? 'Enter a price.' : !PRICE.test(v) || Number(v) <= 0 ? 'Enter a price above 0 with at most two decimals, e.g. 19.99.' : ''),
  stock: wholeNumber('stock', 0, 1000000),
  threshold: (v) => (v === '' ? '' : wholeNumber('threshold', 0, 1000000)(v)),
  description: (v) => (v.length > 2000 ? 'Use at most 2,000 characters.' : ''),
  image: (v, input) => {
    const file = input.files && input.files[0];
    if (!file) return '';
    if (file.size > MAX_IMAGE) return 'The picture is larger than 1 MB; choose a smaller one.';
    if (file.type && !/^image\/(png|jpeg|webp|gif)$/.test(file.type)) return 'Choose a PNG, JPEG, WebP or GIF picture.';
    return '';
  },
};

// Preview through a data: URL (the page's Content-Security-Policy allows data: images, not blob:).
$('#add-image').addEventListener('change', (event) => {
  const input = event.target;
  clear(preview);
  const message = addChecks.image('', input);
  setFieldError(input, message);
  const file = input.files && input.files[0];
  if (!file || message) return;
  const reader = new FileReader();
  reader.addEventListener('load', () => {
    clear(preview).append(h('img', { src: reader.result, alt: `Preview of ${file.name}`, id: 'preview-image' }),
      h('p', { class: 'muted small' }, `${file.name}, ${Math.ceil(file.size / 1024)} KB`));
  });
  reader.readAsDataURL(file);
});

addForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMessages();
  clearFieldErrors(addForm);
  if (!validate(addForm, addChecks)) return;
  const form = new FormData();
  for (const name of ['name', 'description', 'price', 'stock', 'threshold']) {
    const value = addForm.elements[name].value.trim();
    if (value !== '') form.append(name, value);
  }
  const file = addForm.elements.image.files[0];
  if (file) form.append('image', file, file.name);
  const button = $('#add-submit');
  button.disabled = true;
  button.textContent = 'Adding…';
  try {
    const product = await api('/api/admin/products', { method: 'POST', form });
    addForm.reset();
    clear(preview);
    showMessage(`${product.name} was added with ${product.stock} in stock (threshold ${product.threshold}).`, 'success');
    inventory.load();
  } catch (error) {
    const imageProblem = ['image-too-large', 'unsupported-image'].includes(error.type);
    if (imageProblem) setFieldError(addForm.elements.image, error.detail);
    const unmatched = showFieldErrors(addForm, error.fieldErrors);
    if (!imageProblem && !error.fieldErrors.length) showProblem(error);
    else showMessage(unmatched.length ? `${error.detail} ${unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')}` : error.detail, 'error');
  } finally {
    button.disabled = false;
    button.textContent = 'Add product';
  }
});

function stockStatus(product) {
  const labels = { IN_STOCK: ['ok', 'In stock'], LOW_STOCK: ['low', 'Low stock'], OUT_OF_STOCK: ['out', 'Out of stock'] };
  const [kind, label] = labels[product.stockStatus] || ['ok', product.stockStatus];
  return h('span', { class: ['badge', kind] }, label);
}

function inlineForm(product, { name, label, value, submit, pattern, build }) {
  const id = `${name}-${product.id}`;
  const form = h('form', { class: ['inline-form', `${name}-form`], novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: id, class: 'visually-hidden' }, `${label} for ${product.name}`),
      h('input', { id, name, value: value ?? '', inputmode: pattern, size: 8 })),
    h('button', { type: 'submit' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.elements[name];
    const { check, request, done } = build(input.value.trim());
    const message = check();
    setFieldError(input, message);
    if (message) {
      input.focus();
      return;
    }
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const updated = await request();
      showMessage(done(updated), 'success');
      inventory.load();
    } catch (error) {
      if (error.fieldErrors.length) {
        setFieldError(input, error.fieldErrors.map((e) => e.message).join(' '));
        showMessage(error.detail, 'error');
      } else if (error.type === 'stale-version') {
        showMessage(`${error.detail} The list was reloaded; check the values and try again.`, 'error');
        inventory.load();
      } else {
        setFieldError(input, error.detail);
        showProblem(error);
      }
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function productRow(product) {
  const path = `/api/admin/products/${encodeURIComponent(product.id)}`;
  const priceForm = inlineForm(product, {
    name: 'price', label: 'Price', value: product.price, submit: 'Save', pattern: 'decimal',
    build: (v) => ({
      check: () => addChecks.price(v),
      request: () => api(path, { method: 'PATCH', body: { price: Number(v), version: product.version } }),
      done: (p) => `${p.name} now costs ${money(p.price)}.`,
    }),
  });
  const thresholdForm = inlineForm(product, {
    name: 'threshold', label: 'Threshold', value: product.threshold, submit: 'Save', pattern: 'numeric',
    build: (v) => ({
      check: () => wholeNumber('threshold', 0, 1000000)(v),
      request: () => api(path, { method: 'PATCH', body: { threshold: Number(v), version: product.version } }),
      done: (p) => `${p.name}: low-stock threshold ${p.threshold}.`,
    }),
  });
  const restockForm = inlineForm(product, {
    name: 'quantity', label: 'Units to add', value: '', submit: 'Restock', pattern: 'numeric',
    build: (v) => ({
      check: () => wholeNumber('quantity', 1, 1000000)(v),
      request: () => api(`${path}/restock`, { method: 'POST', body: { quantity: Number(v) } }),
      done: (p) => `${p.name} restocked: ${p.stock} in stock.`,
    }),
  });
  const remove = h('button', { type: 'button', class: 'danger delete-product', 'aria-label': `Delete ${product.name}` }, 'Delete');
  remove.addEventListener('click', () => confirmDelete(product));
  const thumb = product.imageUrl ? h('img', { src: product.imageUrl, alt: '', class: 'thumb', width: 48, height: 48 })
    : h('span', { class: 'thumb no-image', 'aria-hidden': 'true' });
  return h('tr', { 'data-product-id': product.id, 'data-name': product.name },
    h('td', {}, thumb),
    h('th', { scope: 'row' }, product.name, product.thresholdSetByAdmin ? null : h('span', { class: 'muted small block' }, 'threshold from price')),
    h('td', { class: 'stock num' }, String(product.stock)),
    h('td', {}, stockStatus(product)),
    h('td', {}, priceForm),
    h('td', {}, thresholdForm),
    h('td', {}, restockForm),
    h('td', {}, remove));
}

function confirmDelete(product) {
  $('#confirm-text').textContent = `“${product.name}” and its picture will be removed from the shop. This cannot be undone.`;
  dialog.returnValue = '';
  dialog.showModal();
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'delete') return;
    try {
      await api(`/api/admin/products/${encodeURIComponent(product.id)}`, { method: 'DELETE' });
      showMessage(`${product.name} was deleted.`, 'success');
      inventory.load();
    } catch (error) {
      showProblem(error);
    }
  }, { once: true });
}

const inventory = new ProductPages({
  container: table,
  searchForm: $('#inventory-search'),
  prev: $('#inv-prev'),
  next: $('#inv-next'),
  label: $('#inv-page'),
  size: 25,
  render: (items) => h('table', { class: 'lines inventory', id: 'inventory-table' },
    h('caption', { class: 'visually-hidden' }, 'Products with their stock'),
    h('thead', {}, h('tr', {}, ['', 'Product', 'Stock', 'Status', 'Price', 'Threshold', 'Restock', ''].map((label) =>
      h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.map(productRow))),
});

// admin-inventory.html#product-<id> (the alerts page links here): find that product and put the
// restock field in front of the admin.
function linkedProductId() {
  const match = /^#product-(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

async function showLinkedProduct() {
  const id = linkedProductId();
  if (!id) return inventory.load();
  try {
    const product = await api(`/api/products/${encodeURIComponent(id)}`);
    $('#inventory-q').value = product.name;
    inventory.query = product.name;
    inventory.cursors.length = 1;
    inventory.page = 0;
  } catch (error) {
    showProblem(error, 'The linked product could not be opened.');
  }
  await inventory.load();
  const row = $all('#inventory-table tbody tr').find((tr) => tr.dataset.productId === id);
  if (!row) return undefined;
  row.classList.add('linked');
  row.scrollIntoView({ block: 'center' });
  row.querySelector('.quantity-form input').focus();
  return undefined;
}

validateOnBlur(addForm, addChecks);
startPage({ access: 'admin' }).then((user) => {
  if (!user) return;
  showLinkedProduct();
  window.addEventListener('hashchange', showLinkedProduct);
});
