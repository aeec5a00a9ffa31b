// The customer panel beside the open chat (commerce M4): who the shopper is, their orders and earlier contacts.
// Everything the shop or the shopper wrote is set with textContent, bidi controls stripped and isolated (chat C14).
(function () {
  'use strict';
  var panel = document.getElementById('customer');
  if (!panel) { return; }
  var t = panel.dataset;
  var el = function (id) { return document.getElementById(id); };
  var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
  var language = document.documentElement.lang || undefined;
  var loading = 0;   // the latest request: an answer for a chat no longer open is dropped

  function shopText(node, text) {
    node.textContent = text === undefined || text === null ? '' : String(text).replace(BIDI, '');
    node.dir = 'auto';
    return node;
  }

  // 'stage-at_risk' reads data-text-stage-at-risk (dataset textStageAtRisk).
  function text(key) { return t[('text-' + key).replace(/[-_](\w)/g, function (m, c) { return c.toUpperCase(); })] || key; }

  function money(amount, currency) {
    if (!currency) { return new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(amount); }
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency: currency }).format(amount);
    } catch (e) {
      return new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(amount) + ' ' + currency;
    }
  }

  function date(iso, withTime) {
    var at = new Date(iso);
    return withTime ? at.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }) : at.toLocaleDateString(language, { dateStyle: 'medium' });
  }

  function item(parts, sf) {
    var li = document.createElement('li');
    if (sf) { li.dataset.sf = sf; }
    parts.forEach(function (part) { li.appendChild(part); });
    return li;
  }

  function span(value, shopSupplied, className) {
    var node = document.createElement('span');
    if (shopSupplied) { shopText(node, value); } else { node.textContent = value; }
    if (className) { node.className = className; }
    return node;
  }

  function fill(list, entries, render, none) {
    list.textContent = '';
    if (!entries.length) { list.appendChild(item([span(none, false, 'sf-muted')], 'none')); }
    entries.forEach(function (entry, index) { list.appendChild(render(entry, index)); });
  }

  function showProfile(p) {
    var c = p.customer;
    var values = {
      name: c && c.name ? c.name : p.visitor.name,
      email: c && c.email ? c.email : p.visitor.email,
      company: c ? c.company : '',
      segment: c ? c.segment : ''
    };
    Object.keys(values).forEach(function (field) {
      shopText(panel.querySelector('[data-field=' + field + ']'), values[field]);
      panel.querySelector('[data-row=' + field + ']').hidden = !values[field];
    });
    var ltv = panel.querySelector('[data-field=lifetimeValue]');
    ltv.textContent = p.lifetimeValue ? money(p.lifetimeValue.amount, p.lifetimeValue.currency)
      + (p.lifetimeValue.source === 'orders' ? ' (' + text('ltv-orders') + ')' : '') : text('ltv-none');
    var stage = panel.querySelector('[data-field=stage]');
    stage.textContent = text('stage-' + p.stage);
    stage.dataset.stage = p.stage;
    el('customer-relational').hidden = !p.relationalBuyer;
    el('customer-state').textContent = c ? '' : text('anonymous');
  }

  function order(o, index) {
    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'sf-order';
    toggle.dataset.sf = 'order-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'customer-order-' + index);
    toggle.append(span(o.id, true, 'sf-order-ref'), span(date(o.placedAt, false)),
      span(text('order-status-' + o.status), false, 'sf-order-status sf-order-' + o.status),
      span(money(o.totalInclVat, o.currency), false, 'sf-amount'));
    toggle.querySelector('.sf-order-status').dataset.sf = 'order-status';
    var lines = document.createElement('ul');
    lines.id = 'customer-order-' + index;
    lines.className = 'sf-order-lines';
    lines.dataset.sf = 'order-lines';
    lines.hidden = true;
    o.lines.forEach(function (line) {
      lines.appendChild(item([span(line.quantity + ' \u00d7 '), span(line.name, true), span(' (', false), span(line.sku, true),
        span(') ' + money(line.price, o.currency))], 'order-line'));
    });
    lines.appendChild(item([span(text('order-excl-vat') + ': ' + money(o.totalExclVat, o.currency), false, 'sf-muted')]));
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      lines.hidden = !open;
    });
    var li = item([toggle, lines], 'order');
    li.dataset.status = o.status;
    return li;
  }

  function pastChat(c) {
    return item([span(date(c.startedAt, true)), span(c.topic, true), span(c.agent || text('chat-nobody'), true),
      span(text('chat-status-' + c.status)), span(c.messages + ' ' + text('chat-messages'), false, 'sf-muted')], 'customer-chat');
  }

  function contact(m) {
    var body = span(m.text, true, 'sf-contact-text');
    return item([span(date(m.createdAt, true)), span(m.topic, true), span(m.handled ? text('contact-handled') : text('contact-open'), false, 'sf-muted'),
      body], 'customer-contact');
  }

  // Where the shopper is now and their cart (chat C20): from the panel, then from the pushes while it is open.
  function showNow(now) {
    var where = el('customer-now');
    where.textContent = '';
    if (now && now.page) {
      var page = /^https?:\/\//.test(now.page.url) ? document.createElement('a') : span('', false);
      if (page.tagName === 'A') { page.href = now.page.url; page.target = '_blank'; page.rel = 'noopener noreferrer'; }
      shopText(page, now.page.title || now.page.url);
      page.dataset.sf = 'now-page';
      where.append(page, span(' ' + text('now-since').replace('{0}', time(now.page.since)), false, 'sf-muted'));
    } else {
      where.appendChild(span(text('now-start'), false, 'sf-muted'));
    }
    var cart = now && now.cart;
    fill(el('customer-cart'), cart ? cart.items : [], function (line) {
      var parts = [span(line.quantity + ' \u00d7 '), span(line.name || line.sku, true)];
      if (line.name && line.sku) { parts.push(span(' (', false), span(line.sku, true), span(')', false)); }
      if (line.price != null) { parts.push(span(' ' + money(line.price, cart.currency), false, 'sf-amount')); }
      return item(parts, 'cart-line');
    }, text('cart-none'));
    if (cart && cart.total != null) {
      el('customer-cart').appendChild(item([span(text('cart-total') + ': ' + money(cart.total, cart.currency), false, 'sf-muted')], 'cart-total'));
    }
  }

  var shownCart = 'null';   // the cart on screen, to tell a new cart from a new page when a push comes

  function contents(cart) { return cart ? JSON.stringify([cart.items, cart.total, cart.currency]) : 'null'; }

  function time(iso) { return new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }); }

  function show(p) {
    showProfile(p);
    showNow(p.now);
    shownCart = contents(p.now && p.now.cart);
    fill(el('customer-orders'), p.orders, order, text('orders-none'));
    fill(el('customer-chats'), p.conversations, pastChat, text('chats-none'));
    fill(el('customer-contacts'), p.contactMessages, contact, text('contacts-none'));
    el('customer-profile').hidden = false;
    panel.setAttribute('aria-busy', 'false');
    panel.dataset.loaded = p.conversation;
  }

  function clear(state) {
    ['customer-orders', 'customer-chats', 'customer-contacts', 'customer-now', 'customer-cart'].forEach(function (id) { el(id).textContent = ''; });
    el('customer-profile').hidden = true;
    el('customer-relational').hidden = true;
    el('customer-state').textContent = state;
  }

  function contextPath() {
    var path = location.pathname;
    return path.substring(0, path.indexOf('/dashboard/'));
  }

  document.addEventListener('shopfloor:shopper', function (event) {
    var f = event.detail;
    if (!f || f.conversation !== panel.dataset.loaded) { return; }
    var cart = contents(f.cart);
    el('customer-news').textContent = cart !== shownCart ? text('cart-changed') : text('now-moved');
    shownCart = cart;
    showNow(f);
  });

  // dashboard.js says which chat is open; the panel follows it.
  document.addEventListener('shopfloor:chat', function (event) {
    var id = event.detail && event.detail.conversation;
    var request = ++loading;
    delete panel.dataset.loaded;
    if (!id) { panel.hidden = true; clear(''); return; }
    panel.hidden = false;
    panel.setAttribute('aria-busy', 'true');
    if (panel.dataset.conversation !== id) { clear(text('loading')); }
    panel.dataset.conversation = id;
    fetch(contextPath() + '/api/conversations/' + encodeURIComponent(id) + '/customer',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.json(); })
      .then(function (p) { if (request === loading) { show(p); } })
      .catch(function (e) {
        if (request !== loading) { return; }
        clear(text('failed'));
        panel.setAttribute('aria-busy', 'false');
        console.warn('Shopfloor: customer panel', e.message);
      });
  });
}());
