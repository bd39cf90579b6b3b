import { api } from './api.js';
import { $ } from './dom.js';
import { EMAIL, clearFieldErrors, showFieldErrors, validate, validateOnBlur } from './forms.js';
import { homeOf, isAdmin, showMessage, clearMessages, startPage } from './layout.js';

const loginForm = $('#login-form');
const registerForm = $('#register-form');

const loginChecks = {
  email: (v) => (!v ? 'Enter your e-mail address.' : EMAIL.test(v) ? '' : 'Enter a valid e-mail address, like name@example.com.'),
  password: (v, input) => (input.value ? '' : 'Enter your password.'),
};

const registerChecks = {
  fullName: (v) => (!v ? 'Enter your name.' : v.length > 100 ? 'Use at most 100 characters.' : ''),
  email: (v) => (!v ? 'Enter your e-mail address.' : !EMAIL.test(v) ? 'Enter a valid e-mail address, like name@example.com.'
    : v.length > 254 ? 'Use at most 254 characters.' : ''),
  password: (v, input) => {
    const password = input.value;
    if (password.length < 10) return 'Use at least 10 characters.';
    if (password.length > 128) return 'Use at most 128 characters.';
    if (password.trim().toLowerCase() === registerForm.elements.email.value.trim().toLowerCase()) {
      return 'Your password must not be your e-mail address.';
    }
    return '';
  },
};

/** Only a path on this site, so a crafted link cannot send someone elsewhere after signing in. */
function nextPage(user) {
  const next = new URLSearchParams(window.location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login.html')) {
    const adminPage = next.startsWith('/admin-');
    if (!adminPage || isAdmin(user)) return next;
  }
  return homeOf(user);
}

async function signIn(email, password) {
  const session = await api('/api/session/login', { method: 'POST', body: { email, password } });
  window.location.assign(nextPage(session.user));
}

function busy(button, on, label) {
  button.disabled = on;
  if (on) {
    button.dataset.label = button.textContent;
    button.textContent = label;
  } else if (button.dataset.label) {
    button.textContent = button.dataset.label;
  }
}

loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMessages();
  if (!validate(loginForm, loginChecks)) return;
  const button = $('#login-submit');
  busy(button, true, 'Signing in…');
  try {
    await signIn(loginForm.elements.email.value.trim(), loginForm.elements.password.value);
  } catch (error) {
    busy(button, false);
    showFieldErrors(loginForm, error.fieldErrors);
    showMessage(error.detail, 'error');
  }
});

registerForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMessages();
  clearFieldErrors(registerForm);
  if (!validate(registerForm, registerChecks)) return;
  const button = $('#register-submit');
  busy(button, true, 'Creating your account…');
  const body = {
    fullName: registerForm.elements.fullName.value.trim(),
    email: registerForm.elements.email.value.trim(),
    password: registerForm.elements.password.value,
  };
  try {
    await api('/api/auth/signup', { method: 'POST', body });
  } catch (error) {
    busy(button, false);
    if (error.type === 'email-already-registered') {
      showFieldErrors(registerForm, [{ field: 'email', message: error.detail }]);
    } else {
      showFieldErrors(registerForm, error.fieldErrors);
    }
    showMessage(error.detail, 'error');
    return;
  }
  showMessage('Your account is ready. Signing you in…', 'success');
  try {
    await signIn(body.email, body.password);
  } catch (error) {
    busy(button, false);
    showMessage(`Your account was created, but signing in failed: ${error.detail}`, 'error');
  }
});

validateOnBlur(loginForm, loginChecks);
validateOnBlur(registerForm, registerChecks);

// Someone already signed in goes straight on.
startPage({ access: 'public' }).then((user) => {
  if (user && !user.anonymous && !new URLSearchParams(window.location.search).has('stay')) {
    showMessage(`You are signed in as ${user.fullName || user.email}.`, 'info');
  }
});
