/* Shopfloor widget - the call-me-back form and what its thanks screen says. The form edits the same
 * draft as the chat and contact forms (plus phone, window and day), so a switch loses nothing typed. */
window.Shopfloor.push(['_part', 'callback', function (core, dom, forms) {
  'use strict';
  var h = dom.h, t = core.t;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/, WINDOWS = ['asap', 'morning', 'afternoon', 'evening'], NOTE = 1000;

  // as the server checks it: 6-32 characters of digits, spaces and + ( ) - . /, at least 6 of them digits
  function phoneOk(p) { return /^[\d +()\-./]{6,32}$/.test(p) && p.replace(/\D/g, '').length >= 6 }

  // today and the next 14 days of the shopper's calendar, named in the shopper's language
  function days() {
    var now = new Date(), list = [];
    for (var i = 0; i <= 14; i++) {
      var d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i);
      list.push({ i: i, value: d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()),
        name: d.toLocaleDateString(core.lang, { weekday: 'long', day: 'numeric', month: 'long' }) });
    }
    return list;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n }

  // "op dinsdag 25 november in de middag", "tomorrow as early as possible", "on the first possible evening"
  function when(v) {
    var d = days().filter(function (x) { return x.value === v.day })[0];
    if (!d) return t('callback.when.' + v.window);
    return (d.i === 0 ? t('callback.on.today') : d.i === 1 ? t('callback.on.tomorrow') : t('callback.on.day', d.name)) +
      ' ' + t('callback.on.' + v.window);
  }

  function form(draft, onSubmit, agent) {
    var busy = false;
    function bind(key) { return function (e) { draft[key] = e.target.value; e.target.removeAttribute('aria-invalid') } }
    var error = h('div', { 'class': 'sf-error', role: 'alert', 'data-sf': 'error', id: 'sf-callback-error' });
    var name = h('input', { type: 'text', autocomplete: 'name', maxlength: 80, required: true, value: draft.name, 'data-sf': 'callback-name', oninput: bind('name') });
    var phone = h('input', { type: 'tel', autocomplete: 'tel', required: true, value: draft.phone || '', 'data-sf': 'callback-phone', oninput: bind('phone') });

    // the time window: a radio group (one tab stop, arrow keys choose), "as soon as possible" unless chosen
    if (WINDOWS.indexOf(draft.window) < 0) draft.window = 'asap';
    var radios = WINDOWS.map(function (w) {
      return h('input', { type: 'radio', name: 'sf-window', value: w, 'data-sf': 'callback-window-' + w,
        onchange: function () { draft.window = w } });
    });
    radios.forEach(function (r) { r.checked = r.value === draft.window });
    var windows = h('fieldset', { 'class': 'sf-windows', 'data-sf': 'callback-window' },
      h('legend', {}, t('callback.window')));
    radios.forEach(function (r) { windows.appendChild(h('label', { 'class': 'sf-radio' }, r, h('span', {}, t('callback.window.' + r.value)))) });

    var day = h('select', { 'data-sf': 'callback-day', onchange: bind('day') }, h('option', { value: '' }, t('callback.day.first')));
    days().forEach(function (d) {
      day.appendChild(h('option', { value: d.value }, d.i === 0 ? t('callback.day.today', d.name) : d.i === 1 ? t('callback.day.tomorrow', d.name) : d.name));
    });
    day.value = draft.day || '';
    draft.day = day.value; // a day chosen on an earlier visit may have passed: then the first possible one

    var email = h('input', { type: 'email', autocomplete: 'email', maxlength: 254, value: draft.email, 'data-sf': 'callback-email', oninput: bind('email') });
    var topic = h('select', { 'data-sf': 'callback-topic', onchange: bind('topic') });
    core.topics.forEach(function (tp) { topic.appendChild(h('option', { value: tp.key }, tp.label)) });
    if (draft.topic) topic.value = draft.topic;
    draft.topic = topic.value;
    // no maxlength: a longer chat text carried over must not be cut off unseen; the check below says so
    var text = h('textarea', { rows: 3, value: draft.text, 'data-sf': 'callback-text', oninput: bind('text') });
    var submit = h('button', { type: 'submit', 'class': 'sf-primary', 'data-sf': 'callback-send' }, t('callback.send'));

    // this form is long: the message goes right below the field it is about, not out of sight above the button
    function invalid(field, key, arg) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
      field.parentNode.after(error);
      error.textContent = t(key, arg);
      field.focus();
    }
    function submitted(e) {
      e.preventDefault();
      if (busy) return;
      var v = { name: name.value.trim(), phone: phone.value.trim(), window: draft.window, day: day.value || undefined,
        email: email.value.trim(), topic: topic.value || undefined, text: text.value.trim() };
      if (!v.name) return invalid(name, 'error.name');
      if (!phoneOk(v.phone)) return invalid(phone, 'error.phone');
      if (v.email && !EMAIL.test(v.email)) return invalid(email, 'error.email');
      if (v.text.length > NOTE) return invalid(text, 'error.note', NOTE);
      error.textContent = '';
      submit.before(error); // a refusal by the server is about the whole form
      onSubmit(v);
    }

    var intro = h('p', { 'class': 'sf-intro' });
    function introText() { intro.textContent = forms.intro('callback', agent) }
    introText();
    var el = h('form', { 'class': 'sf-form', novalidate: true, 'data-sf': 'callback-form', onsubmit: submitted },
      agent ? forms.who(agent, t('callback.to', agent.name)) : null,
      intro,
      dom.field(t('callback.name'), name),
      dom.field(t('callback.phone'), phone),
      windows,
      dom.field(t('callback.day'), day),
      dom.field(t('callback.email'), email),
      core.topics.length ? dom.field(t('callback.topic'), topic) : null,
      dom.field(t('callback.text'), text),
      error,
      submit);
    return {
      el: el,
      first: function () { return [name, phone].filter(function (f) { return !f.value })[0] || submit },
      error: function (msg) { error.textContent = msg },
      refresh: introText,
      busy: function (on) {
        busy = on;
        submit.setAttribute('aria-disabled', on);
        submit.textContent = t(on ? 'form.sending' : 'callback.send');
      }
    };
  }

  // the thanks screen's lines: when we call, which number, and whether a confirmation comes by e-mail
  function thanks(v) {
    return [t('callback.thanks', when(v)), t('callback.thanks.phone', v.phone), v.email ? t('callback.thanks.email', v.email) : null]
      .filter(Boolean);
  }

  return { form: form, thanks: thanks };
}]);
