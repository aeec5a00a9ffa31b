/* Shopfloor widget - DOM helpers. Every text goes in as a text node (the protocol sends plain
 * text only, and shoppers type anything), so no helper here ever parses markup. */
window.Shopfloor.push(['_part', 'dom', function (core) {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var ICONS = {
    chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z',
    send: 'M4 12 20 4l-4 16-4-7-8-1zm8 1 8-9',
    down: 'm6 9 6 6 6-6',
    check: 'm5 12 5 5 9-10',
    mail: 'M3 6h18v12H3zm0 0 9 7 9-7',
    clock: 'M12 7v5l3 2m6-2a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
    phone: 'M22 16.9v3a2 2 0 0 1-2.2 2A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7l.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4l2.7.7a2 2 0 0 1 1.9 2.1z'
  };

  // h('button', {type: 'button', 'data-sf': 'send', onclick: fn}, 'text', child...)
  function h(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (v == null || v === false) continue;
      if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else if (k === 'value' || k === 'hidden') el[k] = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c == null || c === false) continue;
      el.appendChild(typeof c === 'object' ? c : document.createTextNode(c));
    }
    return el;
  }

  function icon(name) {
    var s = document.createElementNS(SVG, 'svg');
    s.setAttribute('viewBox', '0 0 24 24');
    s.setAttribute('aria-hidden', 'true');
    s.setAttribute('focusable', 'false');
    s.setAttribute('class', 'sf-icon');
    s.appendChild(document.createElementNS(SVG, 'path')).setAttribute('d', ICONS[name]);
    return s;
  }

  // a photo when the server has one (resolved against the Shopfloor host, not the shop page), else initials
  function avatar(agent, cls) {
    var name = (agent && agent.name) || '';
    var initials = h('span', { 'class': cls + ' sf-initials', 'aria-hidden': 'true' },
      name.split(/\s+/).filter(Boolean).map(function (p) { return p[0] }).slice(0, 2).join('').toUpperCase());
    if (!agent || !agent.photo) return initials;
    var img = h('img', { 'class': cls, alt: '', src: core.url(agent.photo) });
    img.onerror = function () { if (img.parentNode) img.parentNode.replaceChild(initials, img) };
    return img;
  }

  var uid = 0;
  // a labelled form field; control is an <input>, <select> or <textarea> made with h()
  function field(label, control) {
    var id = 'sf-f' + (++uid);
    control.id = id;
    return h('div', { 'class': 'sf-field' }, h('label', { 'for': id }, label), control);
  }

  function time(at) {
    var t = at ? new Date(at) : new Date();
    return isNaN(t) ? '' : t.toLocaleTimeString(core.lang, { hour: '2-digit', minute: '2-digit' });
  }

  return { h: h, icon: icon, avatar: avatar, field: field, time: time };
}]);
