/* Shopfloor widget - the pre-chat form, the offline contact form, the thanks screen, the channel tabs
 * (chat, e-mail, call me back) above them and the choice offered when the person the shopper chose
 * cannot chat now (error agent_unavailable).
 * All forms edit one shared draft, so whatever the shopper typed survives a switch between them. */
window.Shopfloor.push(['_part', 'forms', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  var suggest = core.parts.suggest ? core.parts.suggest(core, dom) : null; // the shop's articles under the question

  // kind: 'prechat' or 'contact'; onSubmit gets the trimmed values once they are valid;
  // agent: the person the shopper chose on the team page or with the personal button, if any
  function form(kind, draft, onSubmit, agent) {
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

    var intro = h('p', { 'class': 'sf-intro' });
    function introText() { intro.textContent = contact ? introFor('contact', agent) : t('prechat.intro') }
    introText();
    var el = h('form', { 'class': 'sf-form', novalidate: true, 'data-sf': kind + '-form', onsubmit: submitted },
      agent ? who(agent, t(contact ? 'contact.to' : 'prechat.with', agent.name)) : null,
      agent && !contact ? null : intro,
      dom.field(t(kind + '.name'), name),
      dom.field(t(kind + '.email'), email),
      core.topics.length ? dom.field(t(kind + '.topic'), topic) : null,
      dom.field(t(kind + '.text'), text),
      suggest ? suggest(text) : null,
      error,
      submit);
    return {
      el: el,
      first: function () { return [name, contact ? email : name, text].filter(function (f) { return !f.value })[0] || submit },
      error: function (msg) { error.textContent = msg },
      refresh: introText,
      busy: function (on) {
        busy = on;
        submit.setAttribute('aria-disabled', on);
        submit.textContent = t(on ? 'form.sending' : contact ? 'contact.send' : 'prechat.start');
      }
    };
  }

  // why the shopper writes (or leaves a number) instead of chatting: a full house reads differently from a
  // closed shop, and a closed shop says when chat opens again (opensAtText comes in the shopper's language)
  function introFor(kind, agent) {
    if (agent) return t(kind + '.intro.agent', agent.name);
    if (core.online) return t(kind + '.intro.online');
    if (core.reason === 'closed') return core.opensAtText ? t(kind + '.intro.closed', core.opensAtText) : t(kind + '.intro.closed.later');
    return t(kind + (core.reason === 'capacity' ? '.intro.capacity' : '.intro'));
  }

  // kind: 'contact' or 'callback'; lines: the text below the title, the first one announced
  function thanks(onClose, kind, lines) {
    kind = kind || 'contact';
    var close = h('button', { type: 'button', 'class': 'sf-primary', onclick: onClose }, t('common.close'));
    var status = h('div', { role: 'status' });
    (lines || [t('contact.thanks')]).forEach(function (l) { status.appendChild(h('p', {}, l)) });
    var el = h('div', { 'class': 'sf-thanks', 'data-sf': kind + '-thanks' },
      h('span', { 'class': 'sf-thanks-icon' }, dom.icon('check')),
      h('h3', {}, t(kind + '.thanks.title')),
      status,
      close);
    return { el: el, first: function () { return close } };
  }

  // Chat, e-mail or call me back: a tablist (one tab stop; arrow keys, Home and End move and select) over
  // the chosen form. While nobody can chat the chat tab stays reachable by arrow key, disabled, and says why.
  function channels(onPick) {
    var kinds = ['prechat', 'contact', 'callback'], icons = { prechat: 'chat', contact: 'mail', callback: 'phone' }, tabs = {}, selected;
    var panel = h('div', { 'class': 'sf-tabpanel', role: 'tabpanel', id: 'sf-channel' });
    var list = h('div', { 'class': 'sf-tabs', role: 'tablist', 'aria-label': t('channel.label'), 'data-sf': 'channels', onkeydown: keys });
    kinds.forEach(function (k) {
      var why = h('span', { 'class': 'sf-tab-why', id: 'sf-tab-why-' + k });
      // named by what it shows: "Chat" and, when it cannot be chosen, why ("Chat Offline")
      tabs[k] = h('button', { type: 'button', role: 'tab', id: 'sf-tab-' + k, 'aria-controls': panel.id,
        tabindex: '-1', 'data-sf': 'channel-' + k, onclick: function () { pick(k) } },
        dom.icon(icons[k]), h('span', { 'class': 'sf-tab-name' }, t('channel.' + k)), ' ', why);
      tabs[k].why = why;
      list.appendChild(tabs[k]);
    });
    function off(k) { return k === 'prechat' && !core.online }
    function pick(k) { if (!off(k) && k !== selected) onPick(k) }
    function keys(e) {
      var i = kinds.indexOf(e.target.id.replace('sf-tab-', '')), n = kinds.length;
      var to = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[e.key];
      if (i < 0 || to == null) return;
      e.preventDefault();
      var k = kinds[to % n];
      tabs[k].focus();
      pick(k);
    }
    function update() {
      kinds.forEach(function (k) {
        var b = tabs[k], on = k === selected, why = off(k) ? t('channel.off.' + (core.reason || 'offline')) : '';
        b.setAttribute('aria-selected', on);
        b.setAttribute('tabindex', on ? '0' : '-1');
        b.why.textContent = why;
        if (why) b.setAttribute('aria-disabled', 'true'); else b.removeAttribute('aria-disabled');
      });
    }
    return {
      el: h('div', { 'class': 'sf-channels' }, list, panel),
      tab: function () { return tabs[selected] },
      update: update,
      show: function (kind, form) { // focus stays where it is: on the tab the shopper just chose
        selected = kind;
        panel.setAttribute('aria-labelledby', tabs[kind].id);
        panel.replaceChildren(form);
        update();
      }
    };
  }

  // "Je chat met Lisa Jansen", with her photo and role
  function who(agent, text) {
    return h('div', { 'class': 'sf-who' }, dom.avatar(agent, 'sf-who-img'),
      h('div', { 'class': 'sf-who-text' }, h('strong', {}, text), agent.role ? h('span', {}, agent.role) : null));
  }

  // the chosen person cannot chat now: wait for them, take whoever is free, or leave them a message
  function choice(agent, on) {
    var busy = false, buttons = [];
    var error = h('div', { 'class': 'sf-error', role: 'alert', 'data-sf': 'error' });
    // the button holds only the label (its accessible name); the hint beside it is its description, and
    // the button's ::after covers the whole card so the icon and the hint are part of the click area
    function option(key, icon) {
      var b = h('button', { type: 'button', 'data-sf': 'choice-' + key, 'aria-describedby': 'sf-choice-' + key,
        onclick: function () { if (!busy) on[key]() } }, t('choice.' + key, agent.name));
      buttons.push(b);
      return h('div', { 'class': 'sf-option' },
        h('span', { 'class': 'sf-option-icon' }, dom.icon(icon)), b,
        h('span', { 'class': 'sf-option-hint', id: 'sf-choice-' + key }, t('choice.' + key + '.hint', agent.name)));
    }
    var el = h('div', { 'class': 'sf-choice', role: 'group', 'aria-labelledby': 'sf-choice-title', 'data-sf': 'choice' },
      h('div', { 'class': 'sf-choice-photo' }, dom.avatar(agent, 'sf-choice-img')),
      h('h3', { id: 'sf-choice-title' }, t('choice.title', agent.name)),
      h('p', {}, t('choice.intro')),
      option('wait', 'clock'), option('colleague', 'chat'), option('message', 'mail'),
      error);
    return {
      el: el,
      first: function () { return buttons[0] },
      error: function (msg) { error.textContent = msg },
      busy: function (on) {
        busy = on;
        buttons.forEach(function (b) { b.setAttribute('aria-disabled', on) });
      }
    };
  }

  return {
    prechat: function (draft, onSubmit, agent) { return form('prechat', draft, onSubmit, agent) },
    contact: function (draft, onSubmit, agent) { return form('contact', draft, onSubmit, agent) },
    thanks: thanks,
    channels: channels,
    intro: introFor,
    who: who,
    choice: choice
  };
}]);
