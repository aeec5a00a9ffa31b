/* Shopfloor widget - activity reporting for the shop's invite rules (docs/widget-protocol.md, "Invites"). Loaded only
 * when the welcome says the shop has enabled rules. It keeps a few numbers up to date from passive listeners and sends
 * them as one `activity` frame: at most one per 2 s after a change worth telling, and every 5 s while the page is
 * visible; nothing while it is hidden. The server keeps its own times and evaluates the rules. */
window.Shopfloor.push(['_part', 'activity', function (core) {
  'use strict';
  var w = window, d = document, LS = 'localStorage', SS = 'sessionStorage', GAP = 2000, TICK = 5000;
  var TYPES = /^(product|category|search|cart|checkout|account|faq|other)$/, NAME = /^[A-Za-z0-9_.:-]{1,40}$/;
  var now = Date.now, pageAt = core.loadedAt || now(), lastInput = pageAt, depth = 0, exit = false, sentAt = 0, soon, tick;
  var firstSeen = +core.st(LS, 'first') || 0;
  var returning = firstSeen > 0 && now() - firstSeen > 30 * 60000; // seen in an earlier session
  if (!firstSeen) core.st(LS, 'first', String(now()));
  // the web session (30 minutes without activity end one, as the server counts them): what per-session caps count
  var session = core.st(LS, 'session');
  if (!session || core.newSession) core.st(LS, 'session', session = 's' + now().toString(36) + Math.random().toString(36).slice(2, 12));
  var siteAt = (!core.newSession && +core.st(SS, 'since')) || pageAt;
  core.st(SS, 'since', String(siteAt));
  var views = (core.newSession ? 0 : +core.st(SS, 'views') || 0) + 1;
  core.st(SS, 'views', String(views));
  var referrer = core.st(SS, 'referrer');
  if (referrer == null) {
    referrer = d.referrer && new URL(d.referrer).host !== location.host ? d.referrer : '';
    core.st(SS, 'referrer', referrer);
  }
  var seenBefore = product(), seenProducts;
  try { seenProducts = JSON.parse(core.st(SS, 'products')) || [] } catch (e) { seenProducts = [] }
  remember();

  function meta(n) { var m = d.querySelector('meta[name="shopfloor:' + n + '"]'); return m ? m.content : null }
  function page() { return core.pages.length ? core.pages[core.pages.length - 1] : {} }
  function product() { var p = page(); return p.productId != null ? String(p.productId) : meta('product-id') }
  function remember() { // the same product again in this session is a condition of its own
    var id = product();
    seenBefore = !!id && seenProducts.indexOf(id) >= 0;
    if (id && !seenBefore) core.st(SS, 'products', JSON.stringify(seenProducts = seenProducts.concat(id).slice(-20)));
  }
  function device() {
    var coarse = w.matchMedia && w.matchMedia('(pointer:coarse)').matches;
    return !coarse ? 'desktop' : Math.min(screen.width, screen.height) >= 600 ? 'tablet' : 'mobile';
  }
  function cart() {
    var p = page().cart, c = core.cart;
    if (p) return { value: amount(p.value), items: count(p.items) };
    if (!c || !c.items) return { value: 0, items: 0 };
    return { value: amount(c.total), items: count(c.items.reduce(function (n, l) { return n + (+l.quantity || 0) }, 0)) };
  }
  // what the server takes: an amount 0 to 10^9 with at most 4 decimals, a count 0 to 100,000
  function amount(v) { return Math.min(1e9, Math.max(0, Math.round((+v || 0) * 1e4) / 1e4)) }
  function count(v) { return Math.min(1e5, Math.max(0, Math.round(+v || 0))) }
  function seconds(ms) { return Math.min(86400, Math.max(0, Math.round(ms / 1000))) }
  function frame() {
    var p = page(), t = now(), price = p.price != null ? p.price : meta('price');
    var events = core.shopEvents.filter(function (e) { return NAME.test(e.name) }).slice(-20), type = String(p.type || meta('page-type') || '').toLowerCase();
    var stock = String(p.stock || meta('stock') || '').toLowerCase(), id = product();
    return {
      type: 'activity', session: session,
      page: { url: location.href.slice(0, 2000), type: TYPES.test(type) ? type : 'other', productId: id ? id.slice(0, 100) : undefined,
        price: price != null && price !== '' && isFinite(price) ? amount(price) : undefined,
        stock: /^(in_stock|out_of_stock)$/.test(stock) ? stock : undefined,
        addedToCart: events.some(function (e) { return e.name === 'add_to_cart' && e.at >= pageAt }),
        onPage: seconds(t - pageAt), idle: seconds(t - lastInput), scroll: Math.min(100, Math.round(depth)), exitIntent: exit,
        seenBefore: seenBefore },
      visit: { onSite: seconds(t - siteAt), views: views, cart: cart(), referrer: referrer.slice(0, 500) || undefined,
        device: device(), returning: returning,
        events: events.map(function (e) { return { name: e.name, ago: Math.min(864e5, Math.max(0, t - e.at)) } }) }
    };
  }
  function send() {
    clearTimeout(soon); soon = null;
    if (d.visibilityState === 'hidden') return;
    sentAt = now();
    core.send(frame());
  }
  function changed() { if (!soon) soon = setTimeout(send, Math.max(0, sentAt + GAP - now())) } // something worth telling soon
  function ticking() {
    clearInterval(tick);
    if (d.visibilityState !== 'hidden') tick = setInterval(function () { if (now() - sentAt >= TICK - 50) send() }, TICK);
  }
  function input() { lastInput = now() }
  function scrolled() {
    input();
    var h = d.documentElement.scrollHeight, seen = (w.scrollY + w.innerHeight) / (h || 1) * 100;
    if (seen > depth + 10 || (seen >= 99 && depth < 99)) { depth = seen; changed() } else if (seen > depth) depth = seen;
  }
  var opts = { passive: true };
  w.addEventListener('scroll', scrolled, opts);
  ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(function (n) { w.addEventListener(n, input, opts) });
  // exit intent: on a desktop the pointer leaves the page through its top edge, towards the tabs and the address bar
  d.addEventListener('mouseout', function (e) {
    if (!e.relatedTarget && e.clientY <= 0 && !exit && device() === 'desktop') { exit = true; changed() }
  }, opts);
  d.addEventListener('visibilitychange', function () { ticking(); if (d.visibilityState !== 'hidden') changed() });
  core.hooks.push(function (f) {
    if (f.type === 'page:news') { // a single-page shop's new page starts its own clock
      var p = core.pages.length, last = core.pages[p - 1];
      if (last && last !== core.shownPage) {
        core.shownPage = last; pageAt = lastInput = now(); depth = 0; exit = false;
        core.st(SS, 'views', String(++views)); remember();
      }
      changed();
    } else if (f.type === 'welcome') changed(); // a new socket knows nothing yet
  });
  core.shownPage = page();
  ticking();
  changed();
}]);
