/* Shopfloor widget - the pre-chat form, the offline contact form and the thanks screen.
 * Both forms edit one shared draft, so whatever the shopper typed survives a switch between them. */
window.Shopfloor.push(['_part', 'forms', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  // kind: 'prechat' or 'contact'; onSubmit gets the trimmed values once they are valid
  function form(kind, draft, onSubmit) {
    var contact = kind === 'contact', busy = false;
    function bind(key) { return function (e) { draft[key] = e.target.value; e.target.removeAttribute('aria-invalid') } }
    var error = h('div', { 'class': 'sf-error', role: 'alert', 'data-sf': 'error', id: 'sf-' + kind + '-error' });
    var name = h('input', { type: 'text', autocomplete: 'name', maxlength: 80, required: true, value: draft.name, 'data-sf': kind + '-name', oninput: bind('name') });
    var email = h('input', { type: 'email', autocomplete: 'email', maxlength: 254, required: contact, value: draft.email, 'data-sf': kind + '-email', oninput: bind('email') });
    var topic = h('select', { 'data-sf': kind + '-topic', onchange: bind('topic') });
    core.topics.forEach(function (tp) { topic.appendChild(h('option', { value: tp.key }, tp.label)) });
    if (draft.topic) topic.value = draft.topic;
    draft.topic = topic.value;
    var text = h('textarea', { rows: 4, maxlength: contact ? 4000 : 2000, required: contact, value: draft.text, 'data-sf': kind + '-text', oninput: bind('text') });
    var submit = h('button', { type: 'submit', 'class': 'sf-primary', 'data-sf': contact ? 'contact-send' : 'prechat-start' }, t(contact ? 'contact.send' : 'prechat.start'));

    function invalid(field, key) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
      error.textContent = t(key);
      field.focus();
    }
    function submitted(e) {
      e.preventDefault();
      if (busy) return;
      var v = { name: name.value.trim(), email: email.value.trim(), topic: topic.value || undefined, text: text.value.trim() };
      if (!v.name) return invalid(name, 'error.name');
      if (contact ? !EMAIL.test(v.email) : v.email && !EMAIL.test(v.email)) return invalid(email, 'error.email');
      if (contact && !v.text) return invalid(text, 'error.text');
      error.textContent = '';
      onSubmit(v);
    }

    var el = h('form', { 'class': 'sf-form', novalidate: true, 'data-sf': kind + '-form', onsubmit: submitted },
      h('p', { 'class': 'sf-intro' }, t(kind + '.intro')),
      dom.field(t(kind + '.name'), name),
      dom.field(t(kind + '.email'), email),
      core.topics.length ? dom.field(t(kind + '.topic'), topic) : null,
      dom.field(t(kind + '.text'), text),
      error,
      submit);
    return {
      el: el,
      first: function () { return [name, contact ? email : name, text].filter(function (f) { return !f.value })[0] || submit },
      error: function (msg) { error.textContent = msg },
      busy: function (on) {
        busy = on;
        submit.setAttribute('aria-disabled', on);
        submit.textContent = t(on ? 'form.sending' : contact ? 'contact.send' : 'prechat.start');
      }
    };
  }

  function thanks(onClose) {
    var close = h('button', { type: 'button', 'class': 'sf-primary', onclick: onClose }, t('common.close'));
    var el = h('div', { 'class': 'sf-thanks', 'data-sf': 'contact-thanks' },
      h('span', { 'class': 'sf-thanks-icon' }, dom.icon('check')),
      h('h3', {}, t('contact.thanks.title')),
      h('p', { role: 'status' }, t('contact.thanks')),
      close);
    return { el: el, first: function () { return close } };
  }

  return {
    prechat: function (draft, onSubmit) { return form('prechat', draft, onSubmit) },
    contact: function (draft, onSubmit) { return form('contact', draft, onSubmit) },
    thanks: thanks
  };
}]);
