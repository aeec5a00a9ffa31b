/* Shopfloor widget - the invite bubble (docs/widget-protocol.md, "Invites"). A small bubble above the contact button,
 * never a window that opens by itself: shown after the rule's delay, gone after its display time, announced politely
 * and never taking the focus; Escape or its close button dismisses it. Plain text (the bubble opens the chat), text
 * with two buttons, or a question field whose text becomes the chat's first message. Each step goes to the server
 * (inviteStep) and to the shop's analytics (invite_shown, invite_clicked, invite_dismissed: rule and variant only). */
window.Shopfloor.push(['_part', 'invite', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t, current, timers = [];
  var CSS = '.sf-inv{position:fixed;right:20px;bottom:92px;width:300px;max-width:calc(100vw - 40px);box-sizing:border-box;padding:14px 40px 14px 14px;' +
    'border-radius:14px;background:#fff;color:#1f2328;font:400 15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;' +
    'box-shadow:0 8px 28px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.08)}' +
    '.sf-inv[hidden]{display:none}.sf-inv-who{display:flex;align-items:center;gap:10px;margin-bottom:8px;font-weight:600}' +
    '.sf-inv-img{width:36px;height:36px;border-radius:50%;object-fit:cover;font-size:13px}' +
    '.sf-inv .sf-initials{display:grid;place-items:center;background:#0f766e;color:#fff}' +
    '.sf-inv p{margin:0}.sf-inv-text{display:block;width:100%;margin:0;padding:0;border:0;background:none;color:inherit;font:inherit;text-align:left;cursor:pointer}' +
    '.sf-inv-x{position:absolute;top:6px;right:6px;width:32px;height:32px;border:0;border-radius:50%;background:none;color:#3d4653;font:600 20px/1 system-ui,sans-serif;cursor:pointer}' +
    '.sf-inv-x:hover{background:#eef1f5}' +
    '.sf-inv-row{display:flex;gap:8px;margin-top:10px;flex-wrap:wrap}' +
    '.sf-inv-b{flex:1;min-height:36px;padding:6px 12px;border:1px solid #1d4ed8;border-radius:8px;background:#fff;color:#1d4ed8;font:600 14px system-ui,sans-serif;cursor:pointer}' +
    '.sf-inv-b.sf-inv-p{background:#1d4ed8;color:#fff}' +
    '.sf-inv input{flex:1;min-width:0;min-height:36px;padding:6px 10px;border:1px solid #6e7781;border-radius:8px;font:inherit;color:#1f2328}' +
    '.sf-inv button:focus{outline:0}.sf-inv button:focus-visible,.sf-inv input:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}' +
    '@media (max-width:480px){.sf-inv{right:12px;bottom:80px}.sf-open .sf-inv{display:none}}' +
    '@media (forced-colors:active){.sf-inv{border:1px solid CanvasText}}';
  core.root.insertBefore(h('style', {}, CSS), core.wrap);
  // the live region is there before anything is said in it, or screen readers miss the first invite
  var live = h('div', { 'class': 'sf-vh', role: 'status', 'aria-live': 'polite' });
  core.wrap.appendChild(live);

  function later(fn, s) { timers.push(setTimeout(fn, Math.max(0, s) * 1000)) }
  function refs(inv) { return { rule: inv.rule, variant: inv.variant } }
  function step(inv, name) { core.send({ type: 'inviteStep', exposure: inv.exposure, step: name }) }
  function close(dismissed) {
    var inv = current;
    if (!inv) return;
    current = null;
    timers.splice(0).forEach(clearTimeout);
    var had = inv.el && core.root.activeElement && inv.el.contains(core.root.activeElement);
    if (inv.el) inv.el.remove();
    live.textContent = '';
    if (dismissed) { step(inv, 'dismissed'); core.track('invite_dismissed', refs(inv)) }
    if (had) core.root.querySelector('.sf-launcher').focus(); // the focus was in the bubble: keep it on the page's widget
  }
  function chat(inv, text) {
    step(inv, 'clicked');
    core.track('invite_clicked', refs(inv));
    close(false);
    var p = inv.presenter || {};
    core.choose(p.id ? { id: p.id, name: p.name, photo: p.photo } : null, false, null, 'proactive', { exposure: inv.exposure, text: text });
  }
  function act(inv, b) {
    if (b.action === 'chat') chat(inv);
    else if (b.action === 'link') { step(inv, 'clicked'); core.track('invite_clicked', refs(inv)); close(false); location.href = b.link }
    else close(true);
  }
  function draw(inv) {
    var p = inv.presenter || {}, body, field;
    var who = h('div', { 'class': 'sf-inv-who' }, dom.avatar(p, 'sf-inv-img'), h('span', {}, p.name || ''));
    if (inv.kind === 'text') body = h('button', { type: 'button', 'class': 'sf-inv-text', 'data-sf': 'invite-open', onclick: function () { chat(inv) } }, inv.text);
    else body = h('p', {}, inv.text);
    var el = h('div', { 'class': 'sf-inv', role: 'group', 'aria-label': t('invite.region'), 'data-sf': 'invite',
      onkeydown: function (e) { if (e.key === 'Escape') { e.stopPropagation(); close(true) } } },
      h('button', { type: 'button', 'class': 'sf-inv-x', 'aria-label': t('invite.close'), 'data-sf': 'invite-close', onclick: function () { close(true) } }, '\u00d7'),
      who, body);
    if (inv.kind === 'buttons') el.appendChild(h.apply(null, ['div', { 'class': 'sf-inv-row' }].concat((inv.buttons || []).map(function (b, i) {
      return h('button', { type: 'button', 'class': 'sf-inv-b' + (i ? '' : ' sf-inv-p'), 'data-sf': 'invite-button', onclick: function () { act(inv, b) } }, b.label);
    }))));
    if (inv.kind === 'question') {
      field = h('input', { type: 'text', maxlength: 2000, placeholder: inv.placeholder || '', 'aria-label': t('invite.question'), 'data-sf': 'invite-question' });
      el.appendChild(h('form', { 'class': 'sf-inv-row', onsubmit: function (e) {
        e.preventDefault();
        var text = field.value.trim();
        if (text) chat(inv, text); else field.focus();
      } }, field, h('button', { type: 'submit', 'class': 'sf-inv-b sf-inv-p', 'data-sf': 'invite-send' }, t('invite.send'))));
    }
    return el;
  }
  function show(inv) {
    if (current !== inv || core.open || (core.conv && core.conv.status === 'open')) return close(false); // the shopper is chatting already
    inv.el = draw(inv);
    core.wrap.insertBefore(inv.el, live);
    live.textContent = (inv.presenter && inv.presenter.name ? t('invite.from', inv.presenter.name) + ': ' : '') + inv.text;
    step(inv, 'shown');
    core.track('invite_shown', refs(inv));
    later(function () { if (current === inv) close(false) }, inv.display || 20);
  }

  core.hooks.push(function (f) {
    if (f.type === 'invite' && !current && f.exposure) { current = f; later(function () { show(f) }, f.delay || 0) }
    else if (f.type === 'started' && current) close(false);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && current && current.el) close(true) });
}]);
