/* Shopfloor widget - the chat window. The loader keeps the socket and the model (core.conv,
 * core.outbox) up to date and calls frame(f) after each server frame; this file only draws. */
window.Shopfloor.push(['_mount', function (core) {
  'use strict';
  var dom = core.parts.dom(core), h = dom.h, t = core.t;
  var log = core.parts.log(core, dom), forms = core.parts.forms(core, dom), callback = core.parts.callback(core, dom, forms);
  var draft = { name: '', email: '', topic: '', text: '', phone: '', window: '', day: '' };
  try { var who = JSON.parse(core.st('sessionStorage', 'who')); draft.name = who.name || ''; draft.email = who.email || '' } catch (e) { /* first visit */ }
  function remember(v) { core.st('sessionStorage', 'who', JSON.stringify({ name: v.name, email: v.email })) }
  var view, current, chat, pendingStart, pendingContact, pendingCallback, wasOpen = isOpen(), agentName;
  // tabs: chat / e-mail / call me back over the forms; picked: the tab the shopper chose; sent: the call-back
  // request the thanks screen describes; later: a refused form's error, shown when its tab is chosen again
  var FORMS = { prechat: 1, contact: 1, callback: 1 }, tabs, picked, sent, thanksOf, later = {};
  // chosen: the person picked on the team page or with the personal button; away: the chosen person who
  // could not chat (agent_unavailable); waiting: the one we wait for in an open conversation; origin: where the
  // shopper began ('team-page', 'own-agent'; the contact button when not set), kept when they take a colleague instead
  // invite: the shown invite the shopper answered ({exposure, text}): the chat goes to whom it showed
  var chosen, away, waiting, lastStart, waitStart, origin, invite;
  try { var w = JSON.parse(core.st('sessionStorage', 'wait')); if (core.conv && w.conv === core.conv.id && !core.conv.agent) waiting = w.agent } catch (e) { /* not waiting */ }
  function wait(agent) { waiting = agent; core.st('sessionStorage', 'wait', agent && core.conv ? JSON.stringify({ conv: core.conv.id, agent: agent }) : null) }
  var ready = new Promise(function (done) { // no unstyled flash: the panel waits for widget.css
    if (core.css.sheet) done(); else core.css.onload = core.css.onerror = done;
  });

  function isOpen() { return !!core.conv && core.conv.status === 'open' }

  var title = h('h2', { 'class': 'sf-title', id: 'sf-title' });
  var sub = h('p', { 'class': 'sf-sub' });
  var avatar = h('span', { 'class': 'sf-head-avatar' });
  var notice = h('div', { 'class': 'sf-notice', role: 'status' });
  var body = h('div', { 'class': 'sf-body' });
  var panel = h('section', { 'class': 'sf-panel', role: 'dialog', 'aria-labelledby': 'sf-title', 'data-sf': 'chat-window', hidden: true,
    onkeydown: function (e) { if (e.key === 'Escape') { e.stopPropagation(); core.show(false) } } },
    h('div', { 'class': 'sf-head' }, avatar, h('div', { 'class': 'sf-head-text' }, title, sub),
      h('button', { type: 'button', 'class': 'sf-icon-btn', 'data-sf': 'minimise', 'aria-label': t('chat.minimise'), title: t('chat.minimise'),
        onclick: function () { core.show(false) } }, dom.icon('down'))),
    notice, body);
  core.wrap.appendChild(panel);

  function header() {
    var cv = core.conv, agent = view === 'chat' && cv && cv.agent;
    var kind = view === 'thanks' ? thanksOf : view, notNow = kind === 'contact' || kind === 'callback'; // no chat now
    avatar.replaceChildren(agent ? dom.avatar(agent, 'sf-avatar')
      : h('span', { 'class': 'sf-avatar sf-avatar-icon' }, dom.icon(kind === 'contact' ? 'mail' : kind === 'callback' ? 'phone' : 'chat')));
    if (agent) title.replaceChildren(h('span', { 'data-sf': 'agent-name' }, agent.name));
    else title.textContent = t(notNow ? kind + '.title' : 'chat.title');
    sub.textContent = agent ? agent.role || t('chat.agent')
      : view === 'chat' ? (isOpen() ? waiting ? t('chat.waitingFor', waiting.name) : t('chat.waiting') : '')
      : view === 'choice' ? ''
      : t(notNow ? kind + '.subtitle' : 'prechat.subtitle');
  }

  function go(v, errorText) {
    var focused = panel.contains(core.root.activeElement);
    view = v;
    if (v === 'chat') { current = chat || (chat = chatView()); renderChat() }
    else if (v === 'thanks') current = forms.thanks(function () { core.show(false) }, thanksOf, thanksOf === 'callback' ? callback.thanks(sent) : null);
    else if (v === 'choice') current = forms.choice(away, choices);
    else if (v === 'callback') current = callback.form(draft, sendCallback, chosen);
    else current = forms[v](draft, v === 'contact' ? sendContact : function (x) { start(x, chosen) }, chosen);
    if (FORMS[v]) {
      tabs = tabs || forms.channels(function (k) { picked = k; go(k) });
      tabs.show(v, current.el);
      if (tabs.el.parentNode !== body) body.replaceChildren(tabs.el);
      // back on a form that is still on its way: it must not go twice
      if ({ prechat: pendingStart, contact: pendingContact, callback: pendingCallback }[v]) current.busy(true);
      errorText = errorText || later[v];
      later[v] = null;
    } else body.replaceChildren(current.el);
    if (errorText) current.error(errorText);
    header();
    // the focused field went with the old view (e.g. chat became impossible): keep the keyboard in the window
    if (focused && !panel.contains(core.root.activeElement)) (FORMS[v] ? tabs.tab() : current.first()).focus();
  }
  // the form to open with: the tab the shopper chose last time, if it is still possible
  function channel() { return picked && (picked !== 'prechat' || core.online) ? picked : core.online ? 'prechat' : 'contact' }

  function start(v, agent, waitFor) {
    remember(v);
    lastStart = v;
    pendingStart = core.post({ type: 'start', name: v.name, email: v.email || undefined, topic: v.topic, text: v.text || undefined,
      agent: agent && !invite ? agent.id : undefined, wait: waitFor || undefined, origin: origin || 'reactive',
      invite: invite ? invite.exposure : undefined }).clientId;
    waitStart = waitFor ? { clientId: pendingStart, agent: agent } : null;
    current.busy(true);
  }
  function sendContact(v) {
    remember(v);
    pendingContact = core.post({ type: 'contact', name: v.name, email: v.email, topic: v.topic, text: v.text, agent: chosen ? chosen.id : undefined }).clientId;
    current.busy(true);
  }
  function sendCallback(v) {
    remember(v);
    sent = v;
    pendingCallback = core.post({ type: 'callback', name: v.name, phone: v.phone, window: v.window, day: v.day, email: v.email || undefined,
      topic: v.topic, text: v.text || undefined, agent: chosen ? chosen.id : undefined }).clientId;
    current.busy(true);
  }
  var choices = {
    wait: function () { start(lastStart, away, true) },
    colleague: function () { chosen = null; start(lastStart) },
    message: function () { chosen = away; go('contact'); focusFirst() } // the draft still holds what was typed
  };

  // ---- the conversation view
  function chatView() {
    var input = h('textarea', { id: 'sf-input', rows: 1, maxlength: 2000, placeholder: t('chat.placeholder'), 'data-sf': 'input',
      onkeydown: function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send() } },
      oninput: typing });
    var error = h('div', { 'class': 'sf-error sf-chat-error', role: 'alert', 'data-sf': 'error' });
    var typingText = h('span');
    var indicator = h('div', { 'class': 'sf-typing', 'data-sf': 'typing', hidden: true },
      h('span', { 'class': 'sf-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')), typingText);
    var composer = h('form', { 'class': 'sf-composer', onsubmit: function (e) { e.preventDefault(); send() } },
      h('label', { 'for': 'sf-input', 'class': 'sf-vh' }, t('chat.input.label')), input,
      h('button', { type: 'submit', 'class': 'sf-send', 'data-sf': 'send', 'aria-label': t('chat.send'), title: t('chat.send') }, dom.icon('send')));
    var foot = h('div', { 'class': 'sf-foot' },
      h('button', { type: 'button', 'class': 'sf-link', 'data-sf': 'end', onclick: function () { stopTyping(); core.send({ type: 'end' }, true) } }, t('chat.end')),
      h('span', { 'class': 'sf-brand' }, 'Shopfloor'));
    var again = h('button', { type: 'button', 'class': 'sf-primary', 'data-sf': 'new-chat',
      onclick: function () { go(channel()); focusFirst() } }, t('chat.new'));
    var survey = surveyForm();
    var ended = h('div', { 'class': 'sf-ended', hidden: true }, survey.el, again);
    var typingOn = false, lastOn = 0, idle, agentIdle;

    function send() {
      var text = input.value.trim();
      if (!text) return input.focus();
      error.textContent = '';
      stopTyping();
      core.post({ type: 'message', text: text });
      input.value = '';
      grow();
      log.sync();
      input.focus();
    }
    // "typing on" at most every 2 s while keys come in, "off" after 3 s of quiet or on send
    function typing() {
      grow();
      if (!input.value.trim()) return stopTyping();
      var now = Date.now();
      if (!typingOn || now - lastOn > 2000) { typingOn = true; lastOn = now; core.send({ type: 'typing', on: true }) }
      clearTimeout(idle);
      idle = setTimeout(stopTyping, 3000);
    }
    function stopTyping() {
      clearTimeout(idle);
      if (typingOn) { typingOn = false; core.send({ type: 'typing', on: false }) }
    }
    function grow() { input.style.height = 'auto'; input.style.height = Math.min(input.scrollHeight + 2, 132) + 'px' }
    function agentTyping(on) {
      clearTimeout(agentIdle);
      indicator.hidden = !on;
      typingText.textContent = on ? t('chat.typing', (core.conv && core.conv.agent && core.conv.agent.name) || t('chat.agent')) : '';
      if (on) agentIdle = setTimeout(agentTyping, 15000); // a lost "off" must not leave the dots on forever
    }

    return {
      el: h('div', { 'class': 'sf-chat' }, log.el, indicator, error, composer, foot, ended),
      error: function (msg) { error.textContent = msg },
      first: function () { return isOpen() ? input : again },
      typing: agentTyping,
      stopTyping: stopTyping,
      surveyAcked: survey.acked,
      state: function () {
        composer.hidden = foot.hidden = !isOpen();
        ended.hidden = isOpen();
        survey.show(!isOpen() && !!core.conv && !!core.conv.agent); // a chat somebody answered may be rated
        log.el.classList.toggle('sf-over', !isOpen()); // no "try again" once the conversation is over
      }
    };
  }

  // ---- after the chat: 1 to 5 stars and a comment, both optional to give (skip), once per conversation
  function surveyForm() {
    var stars = [1, 2, 3, 4, 5].map(function (n) {
      var id = 'sf-star-' + n;
      return h('span', { 'class': 'sf-star' },
        h('input', { type: 'radio', name: 'sf-rating', id: id, value: String(n), 'data-sf': 'rating-' + n }),
        h('label', { 'for': id, title: t('survey.stars', n) }, h('span', { 'aria-hidden': 'true' }, '\u2605'),
          h('span', { 'class': 'sf-vh' }, t('survey.stars', n))));
    });
    var comment = h('textarea', { rows: 2, maxlength: 1000, 'data-sf': 'survey-comment' });
    var problem = h('p', { 'class': 'sf-error', role: 'alert' });
    var status = h('p', { 'class': 'sf-survey-done', role: 'status', 'data-sf': 'survey-status' });
    var row = h('div', { 'class': 'sf-stars' });
    stars.forEach(function (s) { row.appendChild(s) });
    var pending;
    var form = h('form', { 'class': 'sf-survey', 'data-sf': 'survey', hidden: true, onsubmit: function (e) {
      e.preventDefault();
      var rated = form.querySelector('input[name=sf-rating]:checked');
      if (!rated) { problem.textContent = t('survey.pick'); return stars[0].querySelector('input').focus() }
      problem.textContent = '';
      pending = core.post({ type: 'survey', conversation: core.conv.id, rating: +rated.value, comment: comment.value.trim() || undefined }).clientId;
    } },
      h('fieldset', {}, h('legend', {}, t('survey.question')), row),
      dom.field(t('survey.comment'), comment), problem,
      h('div', { 'class': 'sf-survey-actions' },
        h('button', { type: 'submit', 'class': 'sf-primary', 'data-sf': 'survey-send' }, t('survey.send')),
        h('button', { type: 'button', 'class': 'sf-link', 'data-sf': 'survey-skip', onclick: function () { done(''); again.focus() } }, t('survey.skip'))));
    function answered() { return core.conv && core.st('localStorage', 'surveyed') === core.conv.id }
    function done(text) { core.st('localStorage', 'surveyed', core.conv.id); form.hidden = true; status.textContent = text }
    return {
      el: h('div', {}, form, status),
      show: function (on) { form.hidden = !on || answered(); if (!on) status.textContent = '' },
      acked: function (clientId) { if (clientId && clientId === pending) { pending = null; done(t('survey.thanks')) } }
    };
  }

  function renderChat() {
    if (!chat) return;
    var focusInside = panel.contains(core.root.activeElement);
    log.sync();
    chat.state();
    if (view !== 'chat') return;
    header();
    // the conversation just ended and hid the input or the end button: keep keyboard focus in the window
    if (wasOpen && !isOpen() && focusInside) focusFirst();
  }

  function focusFirst() { var f = current && current.first(); if (f) f.focus() }

  function message(f) {
    var m = t('error.' + f.code);
    return m === 'error.' + f.code ? f.message || t('error.internal') : m;
  }

  function error(f) {
    var text = message(f), retrying = f.code === 'rate_limited';
    if (f.code === 'no_agent') { pendingStart = null; go('contact', text); return focusFirst() }
    if (f.code === 'agent_unavailable' && lastStart && (!f.clientId || f.clientId === pendingStart)) {
      pendingStart = null;
      away = f.agent && f.agent.name ? f.agent : chosen || { name: t('chat.agent') };
      go('choice');
      return focusFirst();
    }
    var form = !f.clientId ? null : f.clientId === pendingStart ? 'prechat' : f.clientId === pendingContact ? 'contact' : f.clientId === pendingCallback ? 'callback' : null;
    if (form) {
      if (retrying) return current.error(text);
      if (form === 'prechat') pendingStart = null; else if (form === 'contact') pendingContact = null; else pendingCallback = null;
      if (view !== form) { later[form] = text; return } // the shopper went to another tab: the error waits on its own
      current.busy(false);
      return current.error(text);
    }
    if (f.clientId && log.has(f.clientId)) { if (!retrying) log.fail(f.clientId, text); return }
    if (f.code === 'no_conversation' && core.conv) { core.conv.status = 'closed'; return renderChat() }
    if (current && current.error) current.error(text);
  }

  function availability() { // chat became (im)possible, or the reason changed (full, offline, closed until ...)
    if (view === 'prechat' && !core.online && !pendingStart) go('contact');
    else if (current && current.refresh) current.refresh();
    if (tabs) tabs.update();
  }

  function unread() { // the badge counts agent messages newer than the last one seen with the window open
    var cv = core.conv;
    if (!cv) return core.badge(0);
    var seen = String(core.st('localStorage', 'seen') || '').split(':');
    var upTo = seen[0] === String(cv.id) ? +seen[1] || 0 : 0;
    var max = cv.messages.reduce(function (a, m) { return Math.max(a, m.seq || 0) }, 0);
    if (core.open) { if (max > upTo) core.st('localStorage', 'seen', cv.id + ':' + max); return core.badge(0) }
    core.badge(cv.messages.filter(function (m) { return m.from === 'agent' && m.seq > upTo }).length);
  }

  function frame(f) {
    switch (f.type) {
      case 'welcome':
        if (FORMS[view]) availability();
        if (wasOpen && !isOpen() && chat) log.notice(t('chat.ended'));
        if (!isOpen() && chat) chat.typing(false);
        renderChat();
        break;
      case 'availability':
        availability();
        break;
      case 'started':
        wait(!core.conv.agent && waitStart && waitStart.clientId === f.clientId ? waitStart.agent : null);
        pendingStart = waitStart = chosen = picked = origin = invite = null; draft.text = '';
        go('chat');
        if (core.conv.agent) log.notice(t('chat.joined', core.conv.agent.name));
        else if (waiting) log.notice(t('chat.waitingFor', waiting.name));
        if (core.open) focusFirst();
        break;
      case 'message':
        if (f.from === 'agent' && chat) chat.typing(false);
        renderChat();
        break;
      case 'ack': renderChat(); break;
      case 'assigned':
        if (waiting) wait(null);
        if (chat && isOpen() && f.agent && f.agent.name !== agentName) log.notice(t('chat.joined', f.agent.name));
        renderChat();
        break;
      case 'typing': if (chat) chat.typing(!!f.on); break;
      case 'closed':
        if (waiting) wait(null);
        if (chat) { chat.typing(false); chat.stopTyping(); log.notice(t('chat.ended')) }
        renderChat();
        break;
      case 'abandoned': // nobody answered in time: offer the form, carrying over what the shopper wrote
        if (chat) { chat.typing(false); chat.stopTyping() }
        draft.text = f.text || draft.text;
        go('contact', t('chat.abandoned'));
        if (core.open) focusFirst();
        break;
      case 'contactAck':
      case 'callbackAck':
        if (f.clientId && f.clientId === (f.type === 'contactAck' ? pendingContact : pendingCallback)) {
          if (f.type === 'contactAck') pendingContact = null; else pendingCallback = null;
          thanksOf = f.type === 'contactAck' ? 'contact' : 'callback';
          chosen = picked = origin = invite = null; draft.text = '';
          go('thanks');
          if (core.open) focusFirst();
        }
        break;
      case 'surveyAck': if (chat) chat.surveyAcked(f.clientId); break;
      case 'error': error(f);
    }
    wasOpen = isOpen();
    agentName = core.conv && core.conv.agent && core.conv.agent.name;
    unread();
  }

  agentName = core.conv && core.conv.agent && core.conv.agent.name;
  unread();

  return {
    frame: frame,
    status: function (up) { notice.textContent = up ? '' : t('chat.reconnecting') },
    show: function (on, quiet) {
      if (!on) {
        panel.hidden = true;
        if (chat) chat.stopTyping();
        if (view === 'thanks') view = null;
        return;
      }
      var pick = core.pick; // a team card or the personal button: a chat with this person, or a message for them
      core.pick = null;
      if (isOpen()) { if (view !== 'chat') go('chat') }
      else if (pick) {
        chosen = pick.agent; origin = pick.origin; invite = pick.extra;
        if (invite && invite.text) draft.text = invite.text;
        go(core.online && !pick.message ? 'prechat' : 'contact') }
      else if (!view || (view !== 'chat' && !pendingStart && !pendingContact && !pendingCallback)) go(channel());
      ready.then(function () {
        if (!core.open) return;
        panel.hidden = false;
        log.el.scrollTop = log.el.scrollHeight;
        if (!quiet) focusFirst();
        unread();
      });
    }
  };
}]);
