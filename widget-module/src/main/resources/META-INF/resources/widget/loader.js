/* Shopfloor live chat - the only script a shop embeds (embed snippet and the parts it loads on demand:
 * docs/widget-protocol.md). It keeps the command queue, boots once and draws the contact button. */
(function (w, d) {
  'use strict';
  var q = w.Shopfloor;
  if (q && q.booted) return; // included twice: the first copy owns the page
  if (!Array.isArray(q)) q = w.Shopfloor = [];
  q.booted = true;

  var me = d.currentScript || d.querySelector('script[src*="/widget/loader.js"]');
  if (!me) return console.error('Shopfloor: load /widget/loader.js with a <script src>');
  // the server is wherever this script came from, whatever origin the shop page has
  var base = me.src.replace(/\/widget\/loader\.js.*$/, '');
  // the parts loaded on demand; the server serves this file with "latest" replaced by the parts' version, whose
  // URLs can then be cached for good
  var files = base + '/widget/latest/';
  var events = { 'availability:changed': [], 'chat:started': [], 'message:received': [], 'chat:closed': [],
    chat_started: [], chat_message_sent: [], offline_message_sent: [], callback_requested: [], survey_answered: [],
    invite_shown: [], invite_clicked: [], invite_dismissed: [] };
  var cfg = {}, got = {}, waits = [];
  var ui, loading, wantOpen, pill, btn, label, state, stateText, badge, unread;

  // what the parts share; protocol.js adds send, post and the conversation model
  var core = {
    base: base, files: files, cfg: cfg, parts: {}, texts: {}, topics: [], conv: null, outbox: [], open: false, hooks: [],
    later: [], visitorWaits: [], pages: [], shopEvents: [],
    t: function (k, a) {
      var s = core.texts[k];
      return s == null ? k : String(s).split('{0}').join(a == null ? '' : a);
    },
    url: function (p) { return p ? new URL(p, base + '/').href : '' },
    st: function (area, k, v) { // storage can be blocked (privacy modes): the widget still works, it just forgets
      try {
        var s = w[area]; k = 'shopfloor.' + k + '.' + core.shop;
        if (v === undefined) return s.getItem(k);
        if (v === null) s.removeItem(k); else s.setItem(k, v);
      } catch (e) { return null }
    },
    send: function (f, keep) { if (keep) core.later.push(f) }, // until protocol.js is there
    show: show, load: load, use: use, button: button, paint: paint, emit: emit, track: track,
    ui: function () { return ui },
    choose: function (agent, message, from, origin, extra) { // team card, personal button or invite: a chat with (or a message for) this person
      core.pick = { agent: agent, message: message, origin: origin, extra: extra };
      core.back = from; // closing the window puts the focus back there
      if (ui && core.open) ui.show(true); else show(true);
    },
    badge: function (n) {
      if (!btn) return;
      badge.hidden = !n; badge.textContent = n > 9 ? '9+' : n;
      unread.textContent = n ? core.t('button.unread', n) : '';
    }
  };

  function emit(name, data) {
    events[name].forEach(function (fn) { try { fn(data) } catch (e) { console.error(e) } });
  }
  // a step for the shop's web analytics: onto window.dataLayer (GA4, Tag Manager) when the page has one, unless the
  // config says analytics: false, and to Shopfloor.on(name); never ids or what the shopper wrote
  function track(name, data) {
    if (cfg.analytics !== false && w.dataLayer && w.dataLayer.push) w.dataLayer.push({ event: name, shopfloor: data });
    emit(name, data);
  }
  function tell(k, a) { if (core.proto) core.proto[k](a) } // news for the socket, once protocol.js is there

  var api = {
    config: function (o) { for (var k in o) cfg[k] = o[k]; if (!core.shop && cfg.shop) boot() },
    // the visitor id, for the shop to carry through its checkout into the orders it sends (docs/shop-api.md)
    visitor: function (fn) { if (core.visitor) fn(core.visitor); else core.visitorWaits.push(fn) },
    // who is logged in, signed by the shop's server: {customer, ts, sig}; sent again on every reconnect
    identify: function (claim) { core.claim = claim; tell('claim') },
    // what the shop's page has in the cart, {items: [{sku, name, quantity, price}], total, currency}: the agent of an
    // open chat sees it; sent again on every page and reconnect while a chat is open
    cart: function (c) { core.cart = c; tell('cart') },
    // a single-page shop's new page: {type, productId, price, stock, cart: {value, items}, url}
    page: function (p) { core.pages.push(p && typeof p === 'object' ? p : {}); tell('page') },
    // a named event of the shop's own, e.g. add_to_cart
    event: function (name, data) { core.shopEvents.push({ name: String(name), data: data, at: Date.now() }); tell('event') },
    open: function () { show(true) },
    close: function () { show(false) },
    on: function (name, fn) { events[name] ? events[name].push(fn) : console.warn('Shopfloor: unknown event ' + name) },
    _part: function (name, part) { core.parts[name] = part; waits = waits.filter(function (f) { return !f() }) },
    _mount: function (factory) {
      ui = factory(core);
      if (wantOpen) show(true);
      else if (core.st('sessionStorage', 'open') && core.conv && core.conv.status === 'open') show(true, true); // still open from the previous page
    }
  };
  function run(c) { // a bad call must never break the shop's own script
    try { api[c[0]].apply(null, [].slice.call(c, 1)) } catch (e) { console.warn('Shopfloor: cannot run', c, e) }
  }
  var queued = q.splice(0);
  q.push = function () { for (var i = 0; i < arguments.length; i++) run(arguments[i]); return 0 };
  queued.forEach(run);

  function boot() {
    core.shop = String(cfg.shop);
    var l = String(cfg.lang || d.documentElement.lang || '').slice(0, 2).toLowerCase();
    core.lang = /^(nl|en)$/.test(l) ? l : 'en';
    core.loadedAt = Date.now();
    // the socket waits until the shop's page has painted and its main thread is idle
    var go = function () { (w.requestIdleCallback || setTimeout)(function () { use('protocol', true) }, { timeout: 1500 }) };
    if (d.readyState === 'complete') go(); else w.addEventListener('load', go);
  }

  function el(tag, cls, parent) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function button() { // on every welcome: then the chat UI can load
    if (wantOpen) setTimeout(load);
    if (btn) return paint();
    var host = el('div');
    host.id = 'shopfloor-widget';
    host.style.cssText = 'all:initial;display:block;position:fixed;right:0;bottom:0;width:0;height:0;z-index:2147483647';
    var root = core.root = host.attachShadow({ mode: 'open' });
    el('style', '', root).textContent = CSS;
    core.wrap = el('div', 'sf-root', root);
    // chip and badge sit beside the button, not in it, so its name is exactly button.contact (they describe it)
    pill = el('div', 'sf-launch', core.wrap);
    btn = el('button', 'sf-launcher', pill);
    btn.type = 'button';
    btn.setAttribute('data-sf', 'button');
    btn.setAttribute('aria-expanded', 'false');
    btn.setAttribute('aria-describedby', 'sf-state sf-unread');
    btn.onclick = function () { core.back = null; show(!core.open) };
    btn.onkeydown = function (e) { if (e.key === 'Escape' && core.open) show(false) };
    var svg = d.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('aria-hidden', 'true');
    svg.appendChild(d.createElementNS(svg.namespaceURI, 'path')).setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
    btn.appendChild(svg);
    label = el('span', 'sf-label', btn);
    badge = el('span', 'sf-badge', pill); badge.hidden = true; badge.setAttribute('aria-hidden', 'true');
    unread = el('span', 'sf-vh', pill); unread.id = 'sf-unread';
    state = el('span', '', pill); state.id = 'sf-state';
    el('span', 'sf-dot', state);
    stateText = el('span', '', state);
    (d.body || d.documentElement).appendChild(host);
    paint();
  }
  function paint() {
    if (!btn) return;
    label.textContent = core.t('button.contact');
    btn.setAttribute('aria-label', label.textContent);
    var closed = core.reason === 'closed';
    pill.classList.toggle('sf-shut', closed); // a line below the label instead of the chip: "Chat open again Monday 08:00"
    state.className = 'sf-state ' + (core.online ? 'sf-on' : 'sf-off');
    stateText.textContent = closed ? (core.opensAtText ? core.t('state.closed.until', core.opensAtText) : core.t('state.closed'))
      : core.t(core.online ? 'state.online' : core.reason === 'capacity' ? 'state.busy' : 'state.offline');
  }

  function load() {
    if (loading || !btn) return;
    loading = 1;
    var css = core.css = el('link', '', core.root);
    css.rel = 'stylesheet'; css.href = files + 'widget.css';
    ['dom', 'log', 'forms', 'callback', 'suggest', 'chat'].forEach(script);
  }
  function script(n) {
    if (got[n]) return;
    var s = got[n] = el('script', '', d.head);
    s.async = false; // keep the parts in order
    s.onerror = function () { loading = got[n] = 0 };
    s.src = files + n + '.js';
  }
  function use(n, bare) { // a part that runs by itself (protocol, team, own, activity, invite), then follows the frames through core.hooks
    if (got['use' + n]) return;
    got['use' + n] = 1;
    (bare ? [n] : ['dom', n]).forEach(script);
    var w = function () { if ((bare || core.parts.dom) && core.parts[n]) return core.parts[n](core, bare ? null : core.parts.dom(core)) || 1 };
    if (!w()) waits.push(w);
  }

  function show(on, quiet) { // quiet: restoring after navigation, so do not move the shopper's focus
    wantOpen = on;
    if (!ui) { if (on) load(); return }
    wantOpen = false;
    if (on === core.open) return;
    core.open = on;
    core.st('sessionStorage', 'open', on ? '1' : null);
    btn.setAttribute('aria-expanded', on);
    core.wrap.classList.toggle('sf-open', on);
    ui.show(on, quiet);
    if (!on && !quiet) (core.back && core.back.getClientRects().length ? core.back : btn).focus();
  }

  var CSS = ':host{all:initial}' +
    '.sf-root{font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328}' +
    '.sf-launch{position:fixed;right:20px;bottom:20px;display:flex;align-items:center;border-radius:28px;background:#1d4ed8;' +
    'box-shadow:0 6px 24px rgba(15,23,42,.28);transition:transform .15s,box-shadow .15s}' +
    '.sf-launch:hover{transform:translateY(-2px);box-shadow:0 10px 28px rgba(15,23,42,.34)}' +
    '.sf-launcher{display:flex;align-items:center;gap:10px;min-height:56px;padding:0 10px 0 18px;border:0;background:none;color:#fff;font:inherit;cursor:pointer}' +
    '.sf-launcher::after{content:"";position:absolute;inset:0;border-radius:28px}' + // the whole pill is the button
    '.sf-launcher:focus{outline:0}.sf-launcher:focus-visible::after{outline:3px solid #111827;outline-offset:3px;box-shadow:0 0 0 3px #fff}' +
    '.sf-launcher svg{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:2;stroke-linejoin:round}' +
    '.sf-state{display:inline-flex;align-items:center;gap:6px;margin-right:14px;padding:4px 10px;border-radius:999px;font-size:13px}' +
    '.sf-dot{width:8px;height:8px;border-radius:50%;background:currentColor}' +
    '.sf-on{background:#dafbe1;color:#0f5323}.sf-on .sf-dot{background:#1a7f37;box-shadow:0 0 0 2px #aceebb}' +
    '.sf-off{background:#eef1f5;color:#3d4653}' +
    '.sf-shut{display:grid}.sf-shut>*{grid-area:1/1}.sf-shut .sf-label{align-self:flex-start;margin-top:9px}' +
    '.sf-shut .sf-state{align-self:end;margin:0 18px 9px 52px;padding:0;background:none;color:#e0e7ff;font-size:12.5px;font-weight:500}.sf-shut .sf-dot{display:none}' +
    '.sf-state,.sf-badge{pointer-events:none}.sf-badge{position:absolute;top:-6px;right:-4px;min-width:22px;height:22px;padding:0 6px;box-sizing:border-box;border-radius:11px;' +
    'background:#c62828;color:#fff;font-size:12px;line-height:18px;text-align:center;border:2px solid #fff}' +
    '.sf-badge[hidden]{display:none}' +
    '.sf-vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}' +
    '@media (max-width:480px){.sf-open .sf-launch{display:none}.sf-launch{right:12px;bottom:12px}}' +
    '@media (prefers-reduced-motion:reduce){.sf-launch{transition:none}.sf-launch:hover{transform:none}}';
})(window, document);
