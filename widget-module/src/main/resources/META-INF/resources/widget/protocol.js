/* Shopfloor widget - the socket and the conversation model (docs/widget-protocol.md). Loaded by the loader once the
 * shop's page has painted and gone idle; it draws the contact button on the first welcome and fetches the other parts
 * the frames ask for: the chat UI while a chat is open, team.js, own.js, and activity.js + invite.js when the shop
 * has invite rules. */
window.Shopfloor.push(['_part', 'protocol', function (core) {
  'use strict';
  var w = window, d = document, LS = 'localStorage', SS = 'sessionStorage';
  var sock, welcomed, timer, tries = 0, ids = new Set(), seq = 0, later = core.later, first = true;
  var last = +core.st(LS, 'active') || 0;
  var fresh = Date.now() - last > 30 * 60000; // a new web session: no activity for 30 minutes (counted once, in the first hello)
  core.newSession = fresh;

  core.send = function (f, keep) { // keep: send after the next welcome if the socket is down now
    active();
    if (welcomed) sock.send(JSON.stringify(f)); else if (keep) later.push(f);
  };
  core.post = function (f) { // frames with a clientId stay in the outbox until the server confirms them
    f.clientId = f.clientId || 'c' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
    core.outbox = core.outbox.filter(function (o) { return o.clientId !== f.clientId }).concat(f);
    save(); core.send(f);
    return f;
  };
  core.proto = { claim: sendClaim, cart: sendCart, page: news, event: news };
  function news() { core.hooks.forEach(function (fn) { fn({ type: 'page:news' }) }) } // for activity.js
  try { core.outbox = JSON.parse(core.st(SS, 'outbox')) || [] } catch (e) { core.outbox = [] }
  active();
  connect();
  w.addEventListener('online', function () { if (!sock) connect() });

  function connect() {
    clearTimeout(timer);
    var ws;
    try { ws = sock = new WebSocket(core.base.replace(/^http/, 'ws') + '/ws/shopper?shop=' + encodeURIComponent(core.shop)) } catch (e) { return retry() }
    ws.onopen = function () {
      ws.send(JSON.stringify({ type: 'hello', visitor: core.st(LS, 'visitor') || undefined, lang: core.lang,
        page: { url: location.href, title: d.title }, lastSeq: seq, newSession: !!fresh }));
      fresh = false; // a reconnect is the same session
    };
    ws.onmessage = function (e) {
      var f;
      try { f = JSON.parse(e.data) } catch (x) { return }
      if (f && f.type) receive(f);
    };
    ws.onclose = function () {
      if (sock !== ws) return;
      if (core.ui()) core.ui().status(false);
      retry();
    };
  }
  function retry() {
    sock = welcomed = null;
    var n = Math.min(30000, 1000 * Math.pow(2, tries++)); // 1 s, 2 s, 4 s ... 30 s, with jitter
    timer = setTimeout(connect, n / 2 + Math.random() * n / 2);
  }

  function active() { core.st(LS, 'active', String(Date.now())) }
  function sendClaim() {
    var c = core.claim;
    if (c && c.customer) core.send({ type: 'identify', customer: String(c.customer), ts: +c.ts, sig: String(c.sig) });
  }
  function sendCart() { if (core.cart && isOpen()) core.send({ type: 'cart', cart: core.cart }) }
  function isOpen() { return core.conv && core.conv.status === 'open' }
  // A first answer can overtake "started": the agent hears of the chat as it commits, before this socket is told. Such
  // messages wait (at most 20) for "started" instead of being dropped; a refused start or a new welcome forgets them.
  var early = [];
  function starting() { return core.outbox.some(function (o) { return o.type === 'start' }) }
  function save() { core.st(SS, 'outbox', core.outbox.length ? JSON.stringify(core.outbox) : null) }
  function done(clientId) {
    var o = core.outbox.filter(function (x) { return x.clientId === clientId })[0];
    if (o) { core.outbox.splice(core.outbox.indexOf(o), 1); save() }
    return o;
  }
  // the server stored what this page sent: a step for the shop's web analytics, with the fields it may tell
  var STEPS = { start: ['chat_started', 'topic', 'origin'], message: ['chat_message_sent'], contact: ['offline_message_sent', 'topic'],
    callback: ['callback_requested', 'window'], survey: ['survey_answered', 'rating'] };
  function stored(clientId) {
    var o = done(clientId), step = o && STEPS[o.type], data = {};
    if (step) { step.slice(1).forEach(function (k) { data[k] = o[k] }); core.track(step[0], data) }
    return o;
  }
  function add(m, live) {
    if (ids.has(m.id)) return;
    ids.add(m.id); seq = Math.max(seq, m.seq || 0);
    core.conv.messages.push(m);
    if (m.clientId) stored(m.clientId);
    if (live) core.emit('message:received', m);
  }
  function adopt(cv, live) { // a conversation from welcome/started; a resumed one keeps what was rendered
    var old = core.conv;
    if (!cv) return;
    var msgs = cv.messages || [];
    if (old && old.id === cv.id) cv.messages = old.messages;
    else { cv.messages = []; ids = new Set(); seq = 0 }
    core.conv = cv;
    msgs.forEach(function (m) { add(m, live) });
  }
  function flush() { // resend what never got an answer; same clientId, so the server stores it once
    var open = isOpen();
    core.outbox = core.outbox.filter(function (o) { return o.type !== (open ? 'start' : 'message') });
    save();
    core.outbox.concat(later.splice(0)).forEach(function (f) { core.send(f) });
  }

  function receive(f) {
    var cv = core.conv, o, ui = core.ui();
    switch (f.type) {
      case 'welcome':
        welcomed = true; tries = 0;
        if (f.visitor) { core.st(LS, 'visitor', f.visitor); core.visitor = f.visitor; core.visitorWaits.splice(0).forEach(function (fn) { try { fn(f.visitor) } catch (e) { console.error(e) } }) }
        core.texts = f.texts || {}; core.topics = f.topics || [];
        if (!f.conversation && cv && cv.status === 'open') cv.status = 'closed';
        adopt(f.conversation, !first);
        early = [];
        first = false;
        core.own = f.ownAgent;
        core.button();
        availability(f);
        team();
        performance();
        sendClaim();
        sendCart();
        flush();
        if (f.invites) { core.use('activity', true); core.use('invite') }
        if (ui) ui.status(true);
        break;
      case 'availability': availability(f); break;
      case 'team': core.members = f.members || []; break;
      case 'performance': core.performance = f; break;
      case 'ownAgent': core.own = f.ownAgent || f.agent || (f.id != null ? f : null); break;
      case 'started':
        stored(f.clientId); core.conv = null; adopt(f.conversation);
        if (!core.conv) break;
        if (!core.conv.agent) core.conv.agent = core.next; // "assigned" may overtake "started"
        core.next = null;
        sendCart();
        core.emit('chat:started', { conversation: core.conv });
        early.splice(0).forEach(function (m) { add(m, true) });
        break;
      case 'ack':
        o = stored(f.clientId);
        if (o && o.type === 'message' && cv) add({ id: f.id, seq: f.seq, at: f.at, from: 'shopper', text: o.text, clientId: f.clientId });
        break;
      case 'message':
        if (!isOpen() && starting()) { if (early.length < 20) early.push(f); return }
        if (cv && !ids.has(f.id)) add(f, true); else return;
        break;
      case 'assigned': if (isOpen()) cv.agent = f.agent; else core.next = f.agent; break;
      case 'abandoned':
      case 'closed':
        if (cv) cv.status = 'closed';
        core.outbox = core.outbox.filter(function (x) { return x.type !== 'message' }); save();
        core.emit('chat:closed', { by: f.by });
        break;
      case 'contactAck': case 'callbackAck': case 'surveyAck': stored(f.clientId); break;
      case 'identified': if (!f.ok) console.warn('Shopfloor: identify refused: the claim is expired or not signed with the shop\'s identify secret'); break;
      case 'error': // a refused frame is dropped by the server; only a rate limit is worth repeating
        if (f.code === 'rate_limited') { clearTimeout(core.retry); core.retry = setTimeout(flush, Math.max(10, f.retryAfter || 0) * 1000) } else done(f.clientId);
        if (!starting()) early = [];
    }
    if (isOpen()) core.load();
    if (ui) ui.frame(f);
    if (core.own) core.use('own');
    core.hooks.forEach(function (fn) { fn(f) });
  }

  // reason: "offline", "capacity" (all colleagues busy) or "closed" (outside opening hours; opensAtText says
  // when chat opens again, in the shopper's language)
  function availability(f) {
    var was = core.online + core.reason, on = core.online = !!f.online;
    core.reason = on ? null : f.reason || 'offline';
    core.opensAt = on ? null : f.opensAt; core.opensAtText = on ? null : f.opensAtText;
    core.paint();
    if (on + core.reason !== was) core.emit('availability:changed', { online: on, reason: core.reason, opensAt: core.opensAt });
  }
  function performance() { // the shop's public service figures, for [data-shopfloor-performance] (performance.js)
    if (d.querySelector('[data-shopfloor-performance]')) { core.send({ type: 'performance' }); core.use('performance') }
  }
  function team() { // subscribe again on every (re)connect: the subscription belongs to the socket
    if (d.querySelector('[data-shopfloor-team]')) { core.send({ type: 'team' }); core.use('team') }
  }
}]);
