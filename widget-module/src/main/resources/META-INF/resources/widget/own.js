/* Shopfloor widget - the personal chat button (bottom left) for the visitor's own agent
 * (welcome.ownAgent, kept live by ownAgent frames). Loaded only when there is such an agent.
 * It styles itself, like the contact button in the loader: one small file, no flash. */
window.Shopfloor.push(['_part', 'own', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t, shown;
  var CSS = '.sf-own{position:fixed;left:20px;bottom:20px;display:grid;grid-template-columns:auto minmax(0,1fr);column-gap:10px;align-items:center;' +
    'max-width:calc(50vw - 30px);min-height:56px;box-sizing:border-box;padding:6px 18px 6px 6px;border-radius:28px;background:#fff;color:#1f2328;' +
    'box-shadow:0 6px 24px rgba(15,23,42,.22),0 0 0 1px rgba(15,23,42,.06);transition:transform .15s,box-shadow .15s}' +
    '.sf-own[hidden]{display:none}.sf-own.sf-own-up{bottom:92px}' +
    '.sf-own:hover{transform:translateY(-2px);box-shadow:0 10px 28px rgba(15,23,42,.28),0 0 0 1px rgba(15,23,42,.06)}' +
    '.sf-own-photo{position:relative;grid-row:1/3;display:flex}' +
    '.sf-own-img{width:44px;height:44px;border-radius:50%;object-fit:cover;font-size:15px}' +
    '.sf-own .sf-initials{display:grid;place-items:center;background:#0f766e;color:#fff}' +
    // the button is the text; its ::after spreads over the whole pill, so photo and state are part of the click area
    '.sf-own-btn{align-self:end;margin:0;padding:0;border:0;background:none;color:inherit;font:inherit;font-size:15px;text-align:left;cursor:pointer;' +
    'white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
    '.sf-own-btn::after{content:"";position:absolute;inset:0;border-radius:28px}' +
    '.sf-own-btn:focus{outline:0}.sf-own-btn:focus-visible::after{outline:3px solid #1d4ed8;outline-offset:3px}' +
    '.sf-own-state{align-self:start;display:flex;align-items:center;gap:5px;margin-top:3px;font-size:12.5px;font-weight:500;color:#57606a;white-space:nowrap;pointer-events:none}' +
    '.sf-own-dot{width:8px;height:8px;flex:none;border-radius:50%;background:#8c959f}' +
    '.sf-own-on .sf-own-state{color:#116329}.sf-own-on .sf-own-dot{background:#1a7f37;box-shadow:0 0 0 2px #aceebb}' +
    // small screens: only the photo with a dot; the name stays in aria-label, the state in the description
    '@media (max-width:480px){.sf-own{left:12px;bottom:12px;display:flex;gap:0;padding:6px;max-width:none}' +
    '.sf-own-btn{width:1px;height:1px;margin-right:-1px}.sf-own-state{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}' +
    '.sf-own-photo::after{content:"";position:absolute;right:0;bottom:0;width:12px;height:12px;border-radius:50%;border:2px solid #fff;background:#8c959f}' +
    '.sf-own-on .sf-own-photo::after{background:#1a7f37}.sf-open .sf-own{display:none}.sf-own.sf-own-up{bottom:80px}}' +
    '@media (prefers-reduced-motion:reduce){.sf-own{transition:none}.sf-own:hover{transform:none}}' +
    '@media (forced-colors:active){.sf-own{border:1px solid CanvasText}}';
  var photo = h('span', { 'class': 'sf-own-photo' });
  var state = h('span', { id: 'sf-own-state', 'class': 'sf-own-state' }, h('span', { 'class': 'sf-own-dot' }), h('span'));
  // aria-label has the full name and starts with the visible "Chat met Lisa" (label in name)
  var btn = h('button', { type: 'button', 'class': 'sf-own-btn', 'data-sf': 'own-agent', 'aria-describedby': 'sf-own-state',
    onclick: function () { core.choose(core.own, false, btn, 'own-agent') } });
  var pill = h('div', { 'class': 'sf-own', hidden: true }, photo, btn, state);
  core.root.insertBefore(h('style', {}, CSS), core.wrap);
  core.wrap.insertBefore(pill, core.wrap.firstChild); // first in tab order, as it is first on screen

  function render() {
    var a = core.own, open = core.conv && core.conv.status === 'open';
    pill.hidden = !a || !a.name || open; // during a conversation the contact button is the way back to it
    if (pill.hidden) return;
    var key = [a.name, a.photo, a.available].join('|');
    if (key !== shown) draw(a, key);
    fit();
  }
  // a narrow screen may have no room beside the contact button (its width depends on language and state):
  // then this button moves up, above it, instead of covering it
  function fit() {
    var launch = core.wrap.querySelector('.sf-launch');
    pill.classList.remove('sf-own-up');
    if (launch && pill.getBoundingClientRect().right + 8 > launch.getBoundingClientRect().left) pill.classList.add('sf-own-up');
  }
  function draw(a, key) {
    shown = key;
    photo.replaceChildren(dom.avatar(a, 'sf-own-img'));
    btn.textContent = t('own.label', a.name.split(/\s+/)[0]);
    btn.setAttribute('aria-label', t('own.label', a.name));
    pill.classList.toggle('sf-own-on', !!a.available);
    state.lastChild.textContent = t(a.available ? 'team.available' : 'team.unavailable');
  }
  core.hooks.push(render);
  window.addEventListener('resize', function () { if (!pill.hidden) fit() });
  render();
}]);
