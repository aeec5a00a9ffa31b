/* Shopfloor widget - the message list. It mirrors core.conv.messages (stored messages, one row per
 * id) plus the shopper's messages still waiting in core.outbox for their ack (kept last). */
window.Shopfloor.push(['_part', 'log', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t;
  var el = h('div', { 'class': 'sf-log', role: 'log', 'aria-live': 'polite', 'aria-label': t('chat.log'), tabindex: '0', 'data-sf': 'messages' });
  var rows = {}, pending = {}, convId;

  function row(m, from) {
    var bubble = h('div', { 'class': 'sf-bubble', 'data-sf': 'message', 'data-from': from, 'data-id': m.id, 'data-seq': m.seq }, m.text);
    if (from === 'system') return h('div', { 'class': 'sf-row sf-system' }, bubble);
    var agent = from === 'agent' && (m.agent || (core.conv && core.conv.agent));
    var who = from === 'agent' ? (agent && agent.name) || t('chat.agent') : t('chat.you');
    var r = h('div', { 'class': 'sf-row sf-' + from },
      from === 'agent' ? dom.avatar(agent, 'sf-msg-avatar') : null,
      h('div', { 'class': 'sf-col' }, h('span', { 'class': 'sf-vh' }, who + ': '), bubble, h('div', { 'class': 'sf-meta' }, dom.time(m.at))));
    r.bubble = bubble;
    return r;
  }

  function insert(r) { // stored messages go above the ones still being sent
    var mine = r.classList.contains('sf-pending');
    var first = mine ? null : el.querySelector('.sf-pending');
    var stick = mine || el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    el.insertBefore(r, first);
    if (stick) el.scrollTop = el.scrollHeight;
  }

  function meta(r) { return r.querySelector('.sf-meta') }

  function markStored(r, m) {
    r.classList.remove('sf-pending', 'sf-failed');
    r.bubble.setAttribute('data-id', m.id);
    if (m.seq != null) r.bubble.setAttribute('data-seq', m.seq);
    meta(r).replaceChildren(dom.time(m.at));
  }

  function addPending(o) {
    var r = pending[o.clientId] = row(o, 'shopper');
    r.classList.add('sf-pending');
    r.outgoing = o;
    meta(r).replaceChildren(t('chat.sending'));
    insert(r);
  }

  function fail(clientId, reason) {
    var r = pending[clientId];
    if (!r || r.failed) return;
    r.failed = true;
    r.classList.add('sf-failed');
    meta(r).replaceChildren(
      h('span', { role: 'alert', 'data-sf': 'error' }, reason || t('chat.failed')), ' ',
      core.conv && core.conv.status === 'open' ? h('button', { type: 'button', 'class': 'sf-link', onclick: function () {
        r.failed = false;
        r.classList.remove('sf-failed');
        meta(r).replaceChildren(t('chat.sending'));
        core.post(r.outgoing);
      } }, t('chat.retry')) : null);
  }

  function sync() {
    var cv = core.conv;
    if (!cv) return;
    if (cv.id !== convId) { el.replaceChildren(); rows = {}; pending = {}; convId = cv.id }
    cv.messages.forEach(function (m) {
      if (rows[m.id]) return;
      var p = m.clientId && pending[m.clientId];
      if (p) { delete pending[m.clientId]; markStored(p, m); rows[m.id] = p; return }
      var from = m.from === 'shopper' || m.from === 'agent' ? m.from : 'system';
      insert(rows[m.id] = row(m, from));
    });
    var waiting = {};
    core.outbox.forEach(function (o) {
      if (o.type !== 'message') return;
      waiting[o.clientId] = 1;
      if (!pending[o.clientId]) addPending(o);
    });
    for (var c in pending) if (!waiting[c]) fail(c); // refused, or the conversation ended first
  }

  // a line of our own (not stored by the server), e.g. "Sanne joined the chat"
  function notice(text) { insert(row({ text: text }, 'system')) }

  return { el: el, sync: sync, notice: notice, fail: fail, has: function (c) { return !!pending[c] } };
}]);
