/* Shopfloor widget - the team grid. Every [data-shopfloor-team] element on the shop's page gets its own
 * shadow root with a card per agent from the team frames: photo, name, role, team, live availability and
 * a button to chat with them (or, when they cannot chat, to leave them a message). Loaded only on such pages. */
window.Shopfloor.push(['_part', 'team', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t, grids = new WeakMap();

  function card() {
    var member, photo = h('div', { 'class': 'sf-photo' }), shown;
    var name = h('h3', { 'class': 'sf-name' });
    var role = h('p', { 'class': 'sf-role' });
    var team = h('p', { 'class': 'sf-teamname' });
    var state = h('span');
    // one button that changes with the availability, so a push never takes the keyboard focus away
    var btn = h('button', { type: 'button', 'class': 'sf-btn', onclick: function () { core.choose(member, !member.available, btn, 'team-page') } });
    var el = h('li', { 'class': 'sf-card', 'data-sf': 'team-member' }, photo, name, role, team,
      h('p', { 'class': 'sf-avail' }, h('span', { 'class': 'sf-dot', 'aria-hidden': 'true' }), state), btn);
    return {
      el: el,
      update: function (m) {
        var on = !!m.available;
        member = m;
        el.setAttribute('data-agent', m.id);
        el.classList.toggle('sf-on', on);
        if (shown !== m.photo + '|' + m.name) { shown = m.photo + '|' + m.name; photo.replaceChildren(dom.avatar(m, 'sf-img')) }
        name.textContent = m.name;
        role.textContent = m.role || ''; role.hidden = !m.role;
        team.textContent = m.team || ''; team.hidden = !m.team;
        state.textContent = t(on ? 'team.available' : 'team.unavailable');
        btn.setAttribute('data-sf', on ? 'team-chat' : 'team-message');
        btn.className = 'sf-btn ' + (on ? 'sf-chat' : 'sf-message');
        btn.replaceChildren(dom.icon(on ? 'chat' : 'mail'), h('span', {}, t(on ? 'team.chat' : 'team.message', m.name)));
      }
    };
  }

  function grid(host) {
    var root = host.attachShadow({ mode: 'open' }), cards = {};
    var css = h('link', { rel: 'stylesheet', href: core.files + 'team.css' });
    var status = h('p', { 'class': 'sf-status', role: 'status' }, t('team.loading'));
    var list = h('ul', { 'class': 'sf-list', role: 'list', 'aria-label': t('team.label') });
    var wrap = h('div', { 'class': 'sf-team', 'data-sf': 'team', lang: core.lang, hidden: true }, status, list);
    css.onload = css.onerror = function () { wrap.hidden = false }; // no unstyled flash
    root.append(css, wrap);
    return function (members) {
      if (!members) return;
      status.textContent = members.length ? '' : t('team.empty');
      var keep = {};
      members.forEach(function (m, i) { // update cards in place, in the server's order
        var id = String(m.id), c = cards[id] || (cards[id] = card());
        keep[id] = 1;
        c.update(m);
        if (list.children[i] !== c.el) list.insertBefore(c.el, list.children[i] || null);
      });
      for (var id in cards) if (!keep[id]) { cards[id].el.remove(); delete cards[id] }
    };
  }

  function render() {
    document.querySelectorAll('[data-shopfloor-team]').forEach(function (host) {
      if (!grids.has(host)) {
        try { grids.set(host, grid(host)) } catch (e) { grids.set(host, function () {}); console.warn('Shopfloor: no team grid here', host, e) }
      }
      grids.get(host)(core.members);
    });
  }
  core.hooks.push(function (f) { if (f.type === 'team') render() });
  render();
}]);
